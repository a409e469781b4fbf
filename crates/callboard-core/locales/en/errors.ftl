# Errors any screen can show. Variables: see each message.

not-connected = Callboard isn't connected yet. Connect your Contactship account or try the sandbox.
internal = Something went wrong inside Callboard. Please try again; if it keeps happening, restart the app.

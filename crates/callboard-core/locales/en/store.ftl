# The call history on this computer: why it couldn't do something, and what it did on its own.

## Why the call history couldn't do what was asked.

store-open = Callboard couldn't open its call history on this computer. Check that the disk is available and that you have permission to write to your user folder.
# $holder: store-holder-*
store-already-open = Callboard is already open on this computer ({ $holder }). Close the other window first.
# $pid: the other program's process number
store-holder-process = another Callboard window, process { $pid }, is using this call history
store-holder-window = another Callboard window is using this call history
store-holder-earlier-version = an earlier version of Callboard is using the old call history
store-newer-version = Your call history was saved by a newer version of Callboard. Install the latest Callboard to open it; nothing was changed.
store-disk-full = Callboard couldn't save the call history because the disk is full, so nothing was sent. Free some disk space and try again.
store-write = Callboard couldn't save the call history on this computer, so nothing was sent. Check that the disk is working and that you can write to your user folder, then try again.
store-read = Callboard couldn't read its call history on this computer. Restart Callboard; if this keeps happening, the history file may be damaged.
store-import = Callboard couldn't bring over the call history saved by its earlier version. It was left unchanged and Callboard will try again at the next start.
store-unknown-request = Callboard has no record of that call attempt.
store-call-already-claimed = That call on Contactship already belongs to another call in your history, so it was not linked to this one.
# $name: the campaign's name as given
store-campaign-name-taken = A campaign called "{ $name }" already exists. Choose another name.
store-no-such-campaign = There is no campaign called "{ $name }". Check the name with `campaign status`, or start it with `campaign run`.
store-duplicate-request = That call attempt was already recorded.

## What opening the history did on its own. $file: a file name such as calls.sqlite.damaged-20261203.

store-moved-aside-not-callboard = The call history file wasn't one Callboard can read, so it was left unchanged as “{ $file }” in the same folder and a new, empty history was started.
store-moved-aside-damaged = The call history file was damaged and couldn't be read, so it was kept unchanged as “{ $file }” in the same folder and a new, empty history was started.
store-interrupted = Callboard closed while { $count } { $count ->
        [one] call was
       *[other] calls were
    } being sent. { $count ->
        [one] It is
       *[other] They are
    } marked “outcome unknown”: check before calling again.
# Kept with each such attempt, shown in its details.
store-interrupted-attempt = Callboard stopped while this call was being sent, so it may or may not have been placed. Check before calling again.

## Bringing over the history of an earlier version (calls.journal).

import-kept-as = {" "}It is kept as “{ $file }” in the same folder.
# $kept: import-kept-as or nothing
import-not-a-journal = The old call history file (calls.journal) wasn't one Callboard can read, so nothing was brought over from it.{ $kept }
import-moved = Callboard moved your call history ({ $count } { $count ->
        [one] call
       *[other] calls
    }) to its new database.
import-damaged = {" "}{ $count } damaged { $count ->
        [one] entry
       *[other] entries
    } in the old file could not be read and { $count ->
        [one] was
       *[other] were
    } skipped; everything else was brought over.
import-interrupted = {" "}{ $count } { $count ->
        [one] call was
       *[other] calls were
    } still being sent when Callboard last closed, so { $count ->
        [one] it is
       *[other] they are
    } marked “outcome unknown”: check before calling again.

## The date filter of Recent calls.

day-range-not-a-date = Write dates as year-month-day, e.g. 2026-12-03.
day-range-reversed = The From date is after the To date.

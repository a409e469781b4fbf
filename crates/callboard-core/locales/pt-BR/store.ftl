# O histórico de ligações neste computador: por que não conseguiu fazer algo e o que fez por conta própria.

## Por que o histórico de ligações não conseguiu fazer o que foi pedido.

store-open = O Callboard não conseguiu abrir o histórico de ligações neste computador. Confira se o disco está disponível e se você tem permissão para gravar na sua pasta de usuário.
store-already-open = O Callboard já está aberto neste computador ({ $holder }). Feche a outra janela primeiro.
store-holder-process = outra janela do Callboard, o processo { $pid }, está usando este histórico de ligações
store-holder-window = outra janela do Callboard está usando este histórico de ligações
store-holder-earlier-version = uma versão anterior do Callboard está usando o histórico de ligações antigo
store-newer-version = Seu histórico de ligações foi salvo por uma versão mais nova do Callboard. Instale a versão mais recente do Callboard para abri-lo; nada foi alterado.
store-disk-full = O Callboard não conseguiu salvar o histórico de ligações porque o disco está cheio, então nada foi enviado. Libere espaço no disco e tente novamente.
store-write = O Callboard não conseguiu salvar o histórico de ligações neste computador, então nada foi enviado. Confira se o disco está funcionando e se você consegue gravar na sua pasta de usuário e tente novamente.
store-read = O Callboard não conseguiu ler o histórico de ligações neste computador. Reinicie o Callboard; se continuar acontecendo, o arquivo do histórico pode estar danificado.
store-import = O Callboard não conseguiu trazer o histórico de ligações salvo pela versão anterior. Ele foi mantido sem alterações e o Callboard vai tentar de novo na próxima vez que abrir.
store-unknown-request = O Callboard não tem registro dessa tentativa de ligação.
store-call-already-claimed = Essa ligação da Contactship já pertence a outra ligação do seu histórico, então não foi vinculada a esta.
store-campaign-name-taken = Já existe uma campanha chamada "{ $name }". Escolha outro nome.
store-no-such-campaign = Não existe nenhuma campanha chamada "{ $name }". Confira o nome com `campaign status` ou inicie-a com `campaign run`.
store-duplicate-request = Essa tentativa de ligação já estava registrada.

## O que o histórico fez por conta própria ao abrir.

store-moved-aside-not-callboard = O arquivo do histórico de ligações não era um que o Callboard consiga ler, então foi mantido sem alterações como “{ $file }” na mesma pasta e um histórico novo, vazio, foi iniciado.
store-moved-aside-damaged = O arquivo do histórico de ligações estava danificado e não pôde ser lido, então foi mantido sem alterações como “{ $file }” na mesma pasta e um histórico novo, vazio, foi iniciado.
store-interrupted = O Callboard fechou enquanto { $count ->
        [one] { $count } ligação estava sendo enviada. Ela foi marcada
       *[other] { $count } ligações estavam sendo enviadas. Elas foram marcadas
    } como “resultado desconhecido”: confira antes de ligar de novo.
store-interrupted-attempt = O Callboard parou enquanto esta ligação estava sendo enviada, então ela pode ter sido feita ou não. Confira antes de ligar de novo.

## Trazer o histórico de uma versão anterior (calls.journal).

import-kept-as = {" "}Ele foi mantido como “{ $file }” na mesma pasta.
import-not-a-journal = O arquivo antigo do histórico de ligações (calls.journal) não era um que o Callboard consiga ler, então nada foi trazido dele.{ $kept }
import-moved = O Callboard passou seu histórico de ligações ({ $count } { $count ->
        [one] ligação
       *[other] ligações
    }) para o novo banco de dados.
import-damaged = {" "}{ $count ->
        [one] { $count } registro danificado do arquivo antigo não pôde ser lido e foi ignorado
       *[other] { $count } registros danificados do arquivo antigo não puderam ser lidos e foram ignorados
    }; todo o resto foi trazido.
import-interrupted = {" "}{ $count ->
        [one] { $count } ligação ainda estava sendo enviada quando o Callboard fechou pela última vez, então ela foi marcada
       *[other] { $count } ligações ainda estavam sendo enviadas quando o Callboard fechou pela última vez, então elas foram marcadas
    } como “resultado desconhecido”: confira antes de ligar de novo.

## O filtro de datas de Ligações recentes.

day-range-not-a-date = Escreva as datas como ano-mês-dia, por exemplo 2026-12-03.
day-range-reversed = A data De é posterior à data Até.

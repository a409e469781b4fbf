# callboard-cli: o que ele mostra para as pessoas (a saída JSON não é traduzida). Uma recusa vem
# depois de "callboard-cli: ", por isso começa com minúscula. As opções (--zone), os comandos
# (`campaign run`) e os valores das opções (mon, no-answer) são escritos como são.

## A pasta de dados, a Contactship e o histórico.

cli-no-data-folder = este computador não tem pasta de dados do usuário; informe --data-dir.
cli-no-api-key = nenhuma chave de API: defina CONTACTSHIP_API_KEY ou salve primeiro sua chave no aplicativo Callboard.
cli-bad-api-key = CONTACTSHIP_API_KEY não é uma chave de API que a Contactship possa aceitar.
cli-could-not-start = não foi possível iniciar ({ $reason }).
cli-key-refused = A Contactship recusou a chave de API; confira CONTACTSHIP_API_KEY ou a chave salva no aplicativo.
cli-contactship-unreachable = não foi possível consultar a Contactship ({ $reason }).
cli-no-such-agent = --agent: a Contactship não tem nenhum agente "{ $agent }"; os agentes são { $agents }.
cli-no-such-number = --from-number: a Contactship não tem nenhum número "{ $number }" nesta organização.
cli-store-in-use = o aplicativo Callboard (ou outra execução de campanha) está com esta pasta de dados aberta; feche-o ou pause a campanha nele e tente novamente.

## campaign check

cli-unknown-country = "{ $country }" não é um país que o Callboard conheça; informe em --default-country um nome ou um código de duas letras, como BR.
cli-unknown-zone = "{ $zone }" não é um fuso horário; informe em --zone um nome como America/Sao_Paulo.
cli-file-unreadable = não foi possível ler { $file } ({ $reason }).
cli-dnc-unreadable = não foi possível ler a lista de não ligar: { $reason }
cli-new-contacts = { $count ->
        [one] { $count } contato novo será adicionado à Contactship.
       *[other] { $count } contatos novos serão adicionados à Contactship.
    }
cli-new-contacts-not-counted = Os contatos novos não foram contados: defina CONTACTSHIP_API_KEY (ou salve a chave no aplicativo) para contá-los.
cli-result-unwritable = não foi possível gravar o resultado ({ $reason }).
cli-check-no-header-row = sem linha de cabeçalho
cli-check-header-row = cabeçalhos na linha { $row }
cli-check-summary = { $count ->
        [one] Foi verificada { $count } linha
       *[other] Foram verificadas { $count } linhas
    } de { $file } ({ $how }; { $headers }).
cli-column = coluna { $column } → { $used }
cli-column-field = { $field ->
        [name] nome
        [phone] telefone
        [email] e-mail
        [country] país
        [time_zone] fuso horário
       *[contact_id] ID de contato
    }
cli-column-data = dados adicionais "{ $key }"
cli-column-ignored = ignorada
cli-check-callable = { $valid ->
        [one] { $valid } pode receber ligação
       *[other] { $valid } podem receber ligação
    }; { $invalid } não.
cli-check-duplicate = A linha { $row } é a mesma pessoa da linha { $same_as }: foram juntadas.
cli-check-dnc = A linha { $row } está na lista de não ligar ({ $reason }): ignorada.
cli-check-needs-zone = { $count ->
        [one] { $count } pessoa não tem
       *[other] { $count } pessoas não têm
    } um fuso horário claro: informe --zone (por exemplo, --zone America/Sao_Paulo).

## campaign run e resume

cli-run-skipped = ignorada: { $reason }
cli-run-merged = juntada: a linha { $row } é a mesma pessoa da linha { $same_as }.
cli-run-dnc = ignorada: a linha { $row } está na lista de não ligar ({ $reason }).
cli-run-nothing-to-call = não dá para ligar para nenhuma linha de { $file }; veja `campaign check`.
cli-run-needs-zone = { $count ->
        [one] { $count } pessoa não tem
       *[other] { $count } pessoas não têm
    } um fuso horário claro; informe --zone (por exemplo, --zone America/Sao_Paulo).
cli-run-name-taken = já existe uma campanha chamada "{ $name }"; informe outro nome em --name ou retome-a.
cli-resume-ended = "{ $name }" já terminou ({ $state }), então não há nada para retomar.
cli-default-campaign-name = campanha
cli-option-the-campaign = a campanha
cli-bad-window = --window: "{ $window }" não é um horário; escreva como HH:MM-HH:MM, por exemplo 09:00-18:00.
cli-bad-day = --days: "{ $day }" não é um dia; use mon,tue,wed,thu,fri,sat,sun ou all.
cli-bad-retry = --retry: "{ $ending }" não é um jeito de uma ligação terminar; use no-answer, busy, voicemail ou none.
cli-paused = Pausada. As ligações já entregues à Contactship vão tocar mesmo assim; continue com `callboard-cli campaign resume --name "{ $name }"`.
cli-all-handed-over = Todas as ligações já foram entregues. Para coletar os últimos resultados e fazer as novas tentativas, execute `callboard-cli campaign resume --name "{ $name }" --follow`.
cli-progress = { $handed_over }/{ $total } entregues · { $active } em andamento · { $done } concluídas · { $skipped } ignoradas · { $unknown } com resultado desconhecido

## campaign status

cli-campaign-state = { $state ->
        [ready] pronta
        [running] em andamento
        [paused] pausada
        [cancelled] cancelada
       *[finished] concluída
    }
cli-status-no-campaigns = ainda não há campanhas em { $folder }; inicie uma com `campaign run`.
cli-status-no-such-campaign = não existe nenhuma campanha chamada "{ $name }"; as campanhas são: { $names }.
cli-status-unprintable = não foi possível mostrar a situação ({ $reason }).
cli-status-rows-in-state = { $count } { $state ->
        [waiting] aguardando
        [placing] em discagem
        [active] em andamento
        [done] { $count ->
            [one] concluída
           *[other] concluídas
        }
        [skipped] { $count ->
            [one] ignorada
           *[other] ignoradas
        }
       *[unknown] com resultado desconhecido
    }
cli-status-sentence = A campanha "{ $name }" está { $state } ({ $count } { $count ->
        [one] pessoa
       *[other] pessoas
    } de { $source }, criada em { $created }): { $rows }.
cli-status-no-rows = nenhuma linha

## calls list

cli-calls-bad-status = "{ $status }" não é um estado de ligação; informe em --status um destes: { $states }.
cli-calls-bad-limit = informe em --limit um número de 1 a { $max }.
cli-calls-no-campaign-yet = ainda não existe nenhuma campanha chamada "{ $name }".
cli-calls-none = Nenhuma ligação corresponde.
cli-calls-unprintable = não foi possível mostrar as ligações ({ $reason }).
cli-calls-no-such-campaign = não existe nenhuma campanha chamada "{ $name }".

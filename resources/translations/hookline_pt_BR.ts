<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Cli</name>
    <message>
        <source>open the console with the embedded receiver (the default)</source>
        <translation>abrir o console com o receptor embutido (o padrão)</translation>
    </message>
    <message>
        <source>run the webhook receiver without the console</source>
        <translation>executar o receptor de webhooks sem o console</translation>
    </message>
    <message>
        <source>the Meta apps whose secrets verify deliveries</source>
        <translation>os apps da Meta cujas chaves secretas verificam as entregas</translation>
    </message>
    <message>
        <source>the business numbers (phone_number_id) and the app owning each</source>
        <translation>os números comerciais (phone_number_id) e o app responsável por cada um</translation>
    </message>
    <message>
        <source>the delivery log</source>
        <translation>o registro de entregas</translation>
    </message>
    <message>
        <source>store bodies (FILE...) as operator replays and process them</source>
        <translation>armazenar corpos (FILE...) como reproduções de operador e processá-los</translation>
    </message>
    <message>
        <source>the projections as JSON (--line ID for one line)</source>
        <translation>as projeções em JSON (--line ID para uma só linha)</translation>
    </message>
    <message>
        <source>drop every projection and derive it again from the log</source>
        <translation>apagar todas as projeções e derivá-las de novo a partir do registro</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>eventos com falha</translation>
    </message>
    <message>
        <source>check the set-up end to end and say what to fix</source>
        <translation>verificar a configuração de ponta a ponta e dizer o que corrigir</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>esta lista</translation>
    </message>
    <message>
        <source>Usage: hookline [COMMAND] [OPTIONS]

Hookline receives WhatsApp Business webhooks for your lines and keeps every delivery.

Commands:
</source>
        <translation>Uso: hookline [COMANDO] [OPÇÕES]

O Hookline recebe os webhooks do WhatsApp Business das suas linhas e guarda cada entrega.

Comandos:
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: hookline.sqlite in the user&apos;s data folder), before
or after the command, and --help: `hookline apps list --help`. Without a command, hookline
opens the console: hookline [console] [--db PATH] [--listen HOST:PORT] [--no-receiver].
</source>
        <translation>
Todo comando aceita --db CAMINHO (padrão: hookline.sqlite na pasta de dados do usuário), antes
ou depois do comando, e --help: `hookline apps list --help`. Sem um comando, o hookline
abre o console: hookline [console] [--db CAMINHO] [--listen HOST:PORTA] [--no-receiver].
</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>O arquivo do banco de dados (padrão: %1).</translation>
    </message>
    <message>
        <source>Where app secrets and verify tokens are kept, readable by its owner only (default: $HOOKLINE_SECRETS_FILE, $CREDENTIALS_DIRECTORY/hookline-secrets, or the database file&apos;s path + .secrets).</source>
        <translation>Onde ficam guardados as chaves secretas dos apps e os tokens de verificação, com leitura permitida só ao dono (padrão: $HOOKLINE_SECRETS_FILE, $CREDENTIALS_DIRECTORY/hookline-secrets ou o caminho do arquivo do banco de dados + .secrets).</translation>
    </message>
    <message>
        <source>The language of the messages: es, pt_BR or en (default: the system&apos;s).</source>
        <translation>O idioma das mensagens: es, pt_BR ou en (padrão: o do sistema).</translation>
    </message>
    <message>
        <source>%1 wants one delivery id</source>
        <translation>%1 requer um ID de entrega</translation>
    </message>
    <message>
        <source> (see &apos;%1 --help&apos;)
</source>
        <translation> (veja &apos;%1 --help&apos;)
</translation>
    </message>
    <message>
        <source>Adds a Meta app. Reads the app secret, then the verify token, one per line, from stdin.</source>
        <translation>Adiciona um app da Meta. Lê do stdin a chave secreta do app e depois o token de verificação, um por linha.</translation>
    </message>
    <message>
        <source>Meta&apos;s app id.</source>
        <translation>O ID do app na Meta.</translation>
    </message>
    <message>
        <source>A name for people.</source>
        <translation>Um nome legível para pessoas.</translation>
    </message>
    <message>
        <source>apps add needs --app-id</source>
        <translation>apps add requer --app-id</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>não foi possível ler o stdin</translation>
    </message>
    <message>
        <source>no app secret on the first line of stdin</source>
        <translation>nenhuma chave secreta do app na primeira linha do stdin</translation>
    </message>
    <message>
        <source>no verify token on the second line of stdin</source>
        <translation>nenhum token de verificação na segunda linha do stdin</translation>
    </message>
    <message>
        <source>Added app %1
</source>
        <translation>App %1 adicionado
</translation>
    </message>
    <message>
        <source>Lists the Meta apps, their lines and where their secrets are kept (never the secrets).</source>
        <translation>Lista os apps da Meta, as linhas deles e onde ficam guardadas as chaves secretas (nunca as próprias chaves).</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text ou json.</translation>
    </message>
    <message>
        <source>No apps yet. Add one with: hookline apps add --app-id ID
</source>
        <translation>Nenhum app ainda. Adicione um com: hookline apps add --app-id ID
</translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation>ID DO APP</translation>
    </message>
    <message>
        <source>Kept in %1: %2
</source>
        <translation>Chaves guardadas em %1: %2
</translation>
    </message>
    <message>
        <source>New secrets go to %1
</source>
        <translation>Novas chaves secretas vão para %1
</translation>
    </message>
    <message>
        <source>Adds a line (a business phone number).</source>
        <translation>Adiciona uma linha (um número de telefone comercial).</translation>
    </message>
    <message>
        <source>Meta&apos;s phone_number_id.</source>
        <translation>O phone_number_id da Meta.</translation>
    </message>
    <message>
        <source>The Meta app that owns the line.</source>
        <translation>O app da Meta ao qual a linha pertence.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account id.</source>
        <translation>O ID da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>The number as people write it.</source>
        <translation>O número como as pessoas o escrevem.</translation>
    </message>
    <message>
        <source>Add the line switched off.</source>
        <translation>Adicionar a linha desativada.</translation>
    </message>
    <message>
        <source>lines add needs --phone-number-id and --app-id</source>
        <translation>lines add requer --phone-number-id e --app-id</translation>
    </message>
    <message>
        <source>Added line %1 (app %2)
</source>
        <translation>Linha %1 adicionada (app %2)
</translation>
    </message>
    <message>
        <source>Lists the lines (business phone numbers) and the app owning each.</source>
        <translation>Lista as linhas (números de telefone comerciais) e o app responsável por cada uma.</translation>
    </message>
    <message>
        <source>No lines yet. Add one with: hookline lines add --phone-number-id ID --app-id ID
</source>
        <translation>Nenhuma linha ainda. Adicione uma com: hookline lines add --phone-number-id ID --app-id ID
</translation>
    </message>
    <message>
        <source>PHONE NUMBER ID</source>
        <translation>ID DO NÚMERO</translation>
    </message>
    <message>
        <source>%1 takes &apos;add&apos; or &apos;list&apos;</source>
        <translation>%1 aceita &apos;add&apos; ou &apos;list&apos;</translation>
    </message>
    <message>
        <source>Opens the console with the embedded receiver and processing.</source>
        <translation>Abre o console com o receptor embutido e o processamento.</translation>
    </message>
    <message>
        <source>Address the embedded receiver listens on (default: the setting, 127.0.0.1:8080).</source>
        <translation>Endereço em que o receptor embutido escuta (padrão: o da configuração, 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>Do not start the embedded receiver (look at the database; processing still runs).</source>
        <translation>Não iniciar o receptor embutido (só consultar o banco de dados; o processamento continua).</translation>
    </message>
    <message>
        <source>Quit after this long (for benchmarks and screenshots).</source>
        <translation>Sair depois desse tempo (para benchmarks e capturas de tela).</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light, dark ou system (padrão).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Tamanho da janela, ex.: 1920x1080.</translation>
    </message>
    <message>
        <source>Save a picture of each main view into this folder, then quit.</source>
        <translation>Salvar uma imagem de cada tela principal nesta pasta e depois sair.</translation>
    </message>
    <message>
        <source>File name prefix for --screenshots.</source>
        <translation>Prefixo dos nomes de arquivo para --screenshots.</translation>
    </message>
    <message>
        <source>Try it with sample data: a scratch database (never yours) filled with sample webhooks for two demo lines through the receiver.</source>
        <translation>Experimentar com dados de exemplo: um banco de dados temporário (nunca o seu) preenchido com webhooks de exemplo para duas linhas de demonstração, que passam pelo receptor.</translation>
    </message>
    <message>
        <source>--lang is one of: %1</source>
        <translation>--lang deve ser um destes: %1</translation>
    </message>
    <message>
        <source>--theme is light, dark or system</source>
        <translation>--theme deve ser light, dark ou system</translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size deve ser LARGURAxALTURA, ex.: 1280x800</translation>
    </message>
    <message>
        <source>Lists stored deliveries, newest first, with their verdict and processing state.</source>
        <translation>Lista as entregas armazenadas, mais recentes primeiro, com o veredito e o estado de processamento.</translation>
    </message>
    <message>
        <source>How many, newest first (default 100).</source>
        <translation>Quantas, mais recentes primeiro (padrão 100).</translation>
    </message>
    <message>
        <source>--limit wants a positive number</source>
        <translation>--limit requer um número positivo</translation>
    </message>
    <message>
        <source>No deliveries yet.
</source>
        <translation>Nenhuma entrega ainda.
</translation>
    </message>
    <message>
        <source>RECEIVED (UTC)</source>
        <translation>RECEBIDO EM (UTC)</translation>
    </message>
    <message>
        <source>Shows one delivery: its headers, body and processing trail.</source>
        <translation>Mostra uma entrega: cabeçalhos, corpo e histórico de processamento.</translation>
    </message>
    <message>
        <source>Write the exact stored body bytes.</source>
        <translation>Escrever os bytes exatos do corpo armazenado.</translation>
    </message>
    <message>
        <source>Only the delivery&apos;s history, one step per line.</source>
        <translation>Somente o histórico da entrega, um passo por linha.</translation>
    </message>
    <message>
        <source>The delivery id.</source>
        <translation>O ID da entrega.</translation>
    </message>
    <message>
        <source>deliveries takes &apos;list&apos;, &apos;show&apos; or &apos;reprocess&apos;</source>
        <translation>deliveries aceita &apos;list&apos;, &apos;show&apos; ou &apos;reprocess&apos;</translation>
    </message>
    <message>
        <source>Checks the database, the configuration, the listen address, the TLS certificate, a signed delivery and the handshake end to end, and quiet lines.</source>
        <translation>Verifica o banco de dados, a configuração, o endereço de escuta, o certificado TLS, uma entrega assinada e o handshake de ponta a ponta, e as linhas sem atividade.</translation>
    </message>
    <message>
        <source>Address the receiver listens on.</source>
        <translation>Endereço em que o receptor escuta.</translation>
    </message>
    <message>
        <source>PEM certificate chain to check.</source>
        <translation>Cadeia de certificados PEM a verificar.</translation>
    </message>
    <message>
        <source>PEM private key to check.</source>
        <translation>Chave privada PEM a verificar.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (padrão) ou json.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert e --tls-key devem ser usados juntos</translation>
    </message>
    <message>
        <source>All %1 checks passed.
</source>
        <translation>Todas as %1 verificações passaram.
</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed.
</source>
        <translation>%1 de %2 verificações falharam.
</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, got &apos;%1&apos;</source>
        <translation>--listen requer HOST:PORTA, recebeu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen has an invalid port in &apos;%1&apos;</source>
        <translation>--listen tem uma porta inválida em &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen has an invalid host in &apos;%1&apos;</source>
        <translation>--listen tem um host inválido em &apos;%1&apos;</translation>
    </message>
    <message>
        <source>json or text (default: text on a terminal, else json).</source>
        <translation>json ou text (padrão: text em um terminal; caso contrário, json).</translation>
    </message>
    <message>
        <source>debug, info (default), warning or error; QT_LOGGING_RULES applies too.</source>
        <translation>debug, info (padrão), warning ou error; QT_LOGGING_RULES também se aplica.</translation>
    </message>
    <message>
        <source>Log file, rotated at 5 MiB (default: hookline.log beside the database).</source>
        <translation>Arquivo de log, rotacionado a cada 5 MiB (padrão: hookline.log ao lado do banco de dados).</translation>
    </message>
    <message>
        <source>Write no log file.</source>
        <translation>Não gravar arquivo de log.</translation>
    </message>
    <message>
        <source>--log-format is json or text</source>
        <translation>--log-format deve ser json ou text</translation>
    </message>
    <message>
        <source>--log-level is debug, info, warning or error</source>
        <translation>--log-level deve ser debug, info, warning ou error</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2</source>
        <translation>comando desconhecido &apos;%1&apos;; os comandos são %2</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 aceita um destes: %2</translation>
    </message>
    <message>
        <source>Usage: hookline %1 %2 [options]
%3

</source>
        <translation>Uso: hookline %1 %2 [opções]
%3

</translation>
    </message>
    <message>
        <source>  hookline %1 %2 --help
</source>
        <translation>  hookline %1 %2 --help
</translation>
    </message>
    <message>
        <source>--db %1: %2 does not run on PostgreSQL yet; give a SQLite file</source>
        <translation>--db %1: %2 ainda não funciona com PostgreSQL; informe um arquivo SQLite</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: queued; the processing turn is held by %2, which processes it
</source>
        <translation>%1: na fila; o turno de processamento está com %2, que fará o processamento
</translation>
    </message>
    <message>
        <source>%1: %2 deliveries processed, %3 items projected, %4 already known, %5 retrying, %6 dead letters
</source>
        <translation>%1: %2 entregas processadas, %3 itens projetados, %4 já conhecidos, %5 aguardando nova tentativa, %6 eventos com falha
</translation>
    </message>
    <message>
        <source>Lists the dead letters: items processing gave up on, with the reason.</source>
        <translation>Lista os eventos com falha: itens cujo processamento foi abandonado, com o motivo.</translation>
    </message>
    <message>
        <source>dead, retrying, retried or discarded.</source>
        <translation>dead, retrying, retried ou discarded.</translation>
    </message>
    <message>
        <source>Only this reason.</source>
        <translation>Somente este motivo.</translation>
    </message>
    <message>
        <source>Only this line.</source>
        <translation>Somente esta linha.</translation>
    </message>
    <message>
        <source>No dead letters.
</source>
        <translation>Nenhum evento com falha.
</translation>
    </message>
    <message>
        <source>%1  %2  %3  delivery %4  %5  attempts %6
    %7
</source>
        <translation>%1  %2  %3  entrega %4  %5  tentativas %6
    %7
</translation>
    </message>
    <message>
        <source>Processes dead letters again: by id, or --all, --reason, --line.</source>
        <translation>Processa novamente eventos com falha: por ID, ou --all, --reason, --line.</translation>
    </message>
    <message>
        <source>Discards dead letters by id; their deliveries stay in the log.</source>
        <translation>Descarta eventos com falha por ID; as entregas deles continuam no registro.</translation>
    </message>
    <message>
        <source>Every dead letter (with --reason/--line: those).</source>
        <translation>Todos os eventos com falha (com --reason/--line: os que corresponderem).</translation>
    </message>
    <message>
        <source>Dead letter ids.</source>
        <translation>IDs dos eventos com falha.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dead letter id</source>
        <translation>&apos;%1&apos; não é um ID de evento com falha</translation>
    </message>
    <message>
        <source>dlq retry wants ids, or --all / --reason / --line</source>
        <translation>dlq retry requer IDs, ou --all / --reason / --line</translation>
    </message>
    <message>
        <source>dlq discard wants dead letter ids</source>
        <translation>dlq discard requer IDs de eventos com falha</translation>
    </message>
    <message>
        <source>%1 dead letter(s) discarded
</source>
        <translation>%1 evento(s) com falha descartado(s)
</translation>
    </message>
    <message>
        <source>%1 dead letter(s) queued for another attempt
</source>
        <translation>%1 evento(s) com falha na fila para nova tentativa
</translation>
    </message>
    <message>
        <source>Stores webhook bodies as operator replays (no signature, marked &apos;replay&apos;) and processes them.</source>
        <translation>Armazena corpos de webhook como reproduções de operador (sem assinatura, marcadas como &apos;replay&apos;) e os processa.</translation>
    </message>
    <message>
        <source>JSON bodies (&apos;-&apos; reads stdin).</source>
        <translation>Corpos JSON (&apos;-&apos; lê do stdin).</translation>
    </message>
    <message>
        <source>replay wants at least one file</source>
        <translation>replay requer pelo menos um arquivo</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>não foi possível ler %1</translation>
    </message>
    <message>
        <source>Writes the projections as JSON to stdout.</source>
        <translation>Escreve as projeções em JSON no stdout.</translation>
    </message>
    <message>
        <source>json (the only format).</source>
        <translation>json (o único formato).</translation>
    </message>
    <message>
        <source>export writes --format json only</source>
        <translation>export só escreve --format json</translation>
    </message>
    <message>
        <source>Drops every projection and derives it again from the delivery log.</source>
        <translation>Apaga todas as projeções e as deriva de novo a partir do registro de entregas.</translation>
    </message>
    <message>
        <source>Processes one stored delivery again (processing it twice changes nothing).</source>
        <translation>Processa novamente uma entrega armazenada (processá-la duas vezes não muda nada).</translation>
    </message>
    <message>
        <source>dlq takes &apos;list&apos;, &apos;retry&apos; or &apos;discard&apos;</source>
        <translation>dlq aceita &apos;list&apos;, &apos;retry&apos; ou &apos;discard&apos;</translation>
    </message>
    <message>
        <source>--%1 wants a positive number</source>
        <translation>--%1 requer um número positivo</translation>
    </message>
    <message>
        <source>Runs the webhook receiver without the console, until SIGINT or SIGTERM.</source>
        <translation>Executa o receptor de webhooks sem o console, até receber SIGINT ou SIGTERM.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1:8080).</source>
        <translation>Endereço de escuta (padrão 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>PEM certificate chain for HTTPS.</source>
        <translation>Cadeia de certificados PEM para HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Chave privada PEM para HTTPS.</translation>
    </message>
    <message>
        <source>Largest accepted body; larger ones get 413 (default 3145728).</source>
        <translation>Maior corpo aceito; os maiores recebem 413 (padrão 3145728).</translation>
    </message>
    <message>
        <source>Time allowed for a request&apos;s headers (default 10000).</source>
        <translation>Tempo permitido para os cabeçalhos de uma solicitação (padrão 10000).</translation>
    </message>
    <message>
        <source>Time allowed for a whole request (default 30000).</source>
        <translation>Tempo permitido para uma solicitação inteira (padrão 30000).</translation>
    </message>
    <message>
        <source>Idle keep-alive connections are closed after this (default 60000).</source>
        <translation>Conexões keep-alive ociosas são fechadas depois desse tempo (padrão 60000).</translation>
    </message>
    <message>
        <source>Most connections one client address may hold open; more are refused (default 256).</source>
        <translation>Máximo de conexões que um endereço de cliente pode manter abertas; as excedentes são recusadas (padrão 256).</translation>
    </message>
    <message>
        <source>Most deliveries processed per processing commit (default 1000).</source>
        <translation>Máximo de entregas processadas por commit de processamento (padrão 1000).</translation>
    </message>
    <message>
        <source>PostgreSQL: how long a processor&apos;s turn lasts unrenewed; another serve takes over that long after one dies (default 15000).</source>
        <translation>PostgreSQL: quanto dura o turno de um processador sem renovação; outro serve assume esse tempo depois que um deles cai (padrão 15000).</translation>
    </message>
    <message>
        <source>SQLite synchronous mode: full (default, survives power loss) or normal.</source>
        <translation>Modo synchronous do SQLite: full (padrão, resiste a queda de energia) ou normal.</translation>
    </message>
    <message>
        <source>serve takes no arguments</source>
        <translation>serve não aceita argumentos</translation>
    </message>
    <message>
        <source>--synchronous is full or normal</source>
        <translation>--synchronous deve ser full ou normal</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>esta compilação não tem suporte a TLS</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate %1</source>
        <translation>não foi possível ler o certificado TLS %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1</source>
        <translation>não foi possível ler a chave TLS %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key</source>
        <translation>%1 não contém nenhuma chave privada PEM RSA ou EC</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>LINES</source>
        <translation>LINHAS</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation>NÚMERO EXIBIDO</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>ACTIVE
</source>
        <translation>ATIVA
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ROTA</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VEREDITO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>the credentials file %1</source>
        <translation>o arquivo de credenciais %1</translation>
    </message>
    <message>
        <source>nowhere on this machine</source>
        <translation>em nenhum lugar deste computador</translation>
    </message>
    <message>
        <source>the console takes no arguments: &apos;%1&apos;</source>
        <translation>o console não aceita argumentos: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Lists the alerts the rules raised, newest first: those not acknowledged yet, or all of them.</source>
        <translation>Lista os alertas gerados pelas regras, mais recentes primeiro: os que ainda não foram reconhecidos ou todos.</translation>
    </message>
    <message>
        <source>Acknowledged ones too.</source>
        <translation>Também os reconhecidos.</translation>
    </message>
    <message>
        <source>No alerts.
</source>
        <translation>Nenhum alerta.
</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>reconhecido por %1</translation>
    </message>
    <message>
        <source>, cleared</source>
        <translation>, resolvido</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4
    %5
</source>
        <translation>%1  %2  %3  %4
    %5
</translation>
    </message>
    <message>
        <source>Acknowledges alerts (ID...): says who saw them, and when.</source>
        <translation>Reconhece alertas (ID...): registra quem os viu e quando.</translation>
    </message>
    <message>
        <source>Who acknowledges (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quem reconhece (padrão: $HOOKLINE_OPERATOR; caso contrário, o usuário).</translation>
    </message>
    <message>
        <source>Alert ids.</source>
        <translation>IDs dos alertas.</translation>
    </message>
    <message>
        <source>alerts ack wants alert ids</source>
        <translation>alerts ack requer IDs de alertas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation>&apos;%1&apos; não é um ID de alerta</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged by %2.
</source>
        <translation>Alerta %1 reconhecido por %2.
</translation>
    </message>
    <message>
        <source>Changes alert rules: KEY=VALUE... with the keys &apos;alerts rules&apos; shows (true/false, numbers, or the webhook URL; an empty URL stops the POSTs).</source>
        <translation>Altera as regras de alerta: KEY=VALUE... com as chaves que &apos;alerts rules&apos; mostra (true/false, números ou a URL do webhook; uma URL vazia interrompe os POSTs).</translation>
    </message>
    <message>
        <source>Shows the alert rules as JSON.</source>
        <translation>Mostra as regras de alerta em JSON.</translation>
    </message>
    <message>
        <source>Rule settings.</source>
        <translation>Configurações das regras.</translation>
    </message>
    <message>
        <source>alerts set wants KEY=VALUE settings</source>
        <translation>alerts set requer configurações KEY=VALUE</translation>
    </message>
    <message>
        <source>unknown alert setting &apos;%1&apos;</source>
        <translation>configuração de alerta desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a %2 value</source>
        <translation>&apos;%1&apos; requer como valor %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>Alert POSTs are signed: X-Hookline-Signature-256 is sha256= and the HMAC-SHA256 of the body with the key the console&apos;s Tools &gt; Alert rules shows (kept with the app secrets).
</source>
        <translation>Os POSTs de alerta são assinados: X-Hookline-Signature-256 é sha256= seguido do HMAC-SHA256 do corpo com a chave mostrada em Ferramentas &gt; Regras de alerta no console (guardada junto com as chaves secretas dos apps).
</translation>
    </message>
    <message>
        <source>alerts takes &apos;list&apos;, &apos;ack&apos;, &apos;rules&apos; or &apos;set&apos;</source>
        <translation>alerts aceita &apos;list&apos;, &apos;ack&apos;, &apos;rules&apos; ou &apos;set&apos;</translation>
    </message>
    <message>
        <source>what the alert rules raised, and the rules</source>
        <translation>os alertas gerados pelas regras, e as regras</translation>
    </message>
    <message>
        <source>find messages and contacts by their words (QUERY...)</source>
        <translation>pesquisar mensagens e contatos pelas palavras (QUERY...)</translation>
    </message>
    <message>
        <source>Finds messages (text, captions, file names, places) and contacts (names, usernames, numbers) whose words start with the query&apos;s words, accents and case aside. Grouped by conversation, newest first.</source>
        <translation>Encontra mensagens (texto, legendas, nomes de arquivo, locais) e contatos (nomes, nomes de usuário, números) cujas palavras começam com as palavras da consulta, sem considerar acentos nem maiúsculas. Agrupadas por conversa, mais recentes primeiro.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>As palavras a pesquisar.</translation>
    </message>
    <message>
        <source>At most this many messages (default 50).</source>
        <translation>No máximo esta quantidade de mensagens (padrão 50).</translation>
    </message>
    <message>
        <source>search wants something to look for</source>
        <translation>search requer algo para pesquisar</translation>
    </message>
    <message>
        <source>--format is text or json</source>
        <translation>--format é text ou json</translation>
    </message>
    <message>
        <source>Nothing to look for: the query has no letters or digits.
</source>
        <translation>Nada para pesquisar: a consulta não tem letras nem dígitos.
</translation>
    </message>
    <message>
        <source>No message or contact matches.
</source>
        <translation>Nenhuma mensagem ou contato corresponde.
</translation>
    </message>
    <message>
        <source>  contact  %1
</source>
        <translation>  contato  %1
</translation>
    </message>
    <message>
        <source>(more messages match; narrow the query or raise --limit)
</source>
        <translation>(há mais mensagens correspondentes; refine a consulta ou aumente --limit)
</translation>
    </message>
    <message>
        <source>forget a person (--contact ID), in the log too</source>
        <translation>esquecer uma pessoa (--contact ID), inclusive no registro</translation>
    </message>
    <message>
        <source>Forgets a person: their messages, statuses, reactions, calls, contact and search entries, and their parts of the delivery log (rewritten with a tombstone, so a rebuild does not bring them back). Recorded in the audit trail without what they said.</source>
        <translation>Esquece uma pessoa: suas mensagens, status, reações, chamadas, contato e entradas de pesquisa, e suas partes do registro de entregas (reescritas com uma marca de exclusão, para que uma reconstrução não as traga de volta). Fica registrado na trilha de auditoria, sem o que ela disse.</translation>
    </message>
    <message>
        <source>The person: their number (wa_id) or user id.</source>
        <translation>A pessoa: seu número (wa_id) ou ID de usuário.</translation>
    </message>
    <message>
        <source>Only on this line (default: every line).</source>
        <translation>Só nesta linha (padrão: todas as linhas).</translation>
    </message>
    <message>
        <source>Who erases (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quem apaga (padrão: $HOOKLINE_OPERATOR; caso contrário, o usuário).</translation>
    </message>
    <message>
        <source>erase wants --contact ID</source>
        <translation>erase requer --contact ID</translation>
    </message>
    <message>
        <source>erased %1: %2 message(s), %3 conversation(s); %4 deliveries rewritten (%5 items)
</source>
        <translation>apagado %1: %2 mensagem(ns), %3 conversa(s); %4 entregas reescritas (%5 itens)
</translation>
    </message>
    <message>
        <source>note: another process was reading the database, so its WAL still holds old pages until it is checkpointed; close the console or run this again
</source>
        <translation>nota: outro processo estava lendo o banco de dados, então o WAL dele ainda guarda páginas antigas até o próximo checkpoint; feche o console ou execute o comando de novo
</translation>
    </message>
    <message>
        <source>Only what is held about this person (number or user id), the delivery log&apos;s parts that name them included: an access request.</source>
        <translation>Só o que se guarda sobre esta pessoa (número ou ID de usuário), incluindo as partes do registro de entregas que a citam: um pedido de acesso.</translation>
    </message>
    <message>
        <source>forget what is older than --older-than DAYS, in the log too</source>
        <translation>esquecer o que tiver mais de --older-than DIAS, também no registro</translation>
    </message>
    <message>
        <source>Forgets deliveries received more than DAYS days ago, and what they produced (messages, statuses, reactions, calls, events, search entries), so a rebuild gives the same views. Conversations keep what is younger; one with nothing left goes. Recorded in the audit trail.</source>
        <translation>Esquece as entregas recebidas há mais de DIAS dias e o que elas produziram (mensagens, status, reações, chamadas, eventos, entradas de pesquisa), de modo que uma reconstrução dá as mesmas visões. As conversas mantêm o que é mais recente; uma que fica vazia some. Fica registrado na trilha de auditoria.</translation>
    </message>
    <message>
        <source>Age in days of what goes (at least 1).</source>
        <translation>Idade em dias do que será apagado (pelo menos 1).</translation>
    </message>
    <message>
        <source>Who prunes (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quem faz a limpeza (padrão: $HOOKLINE_OPERATOR; senão, o usuário).</translation>
    </message>
    <message>
        <source>prune takes no arguments</source>
        <translation>prune não aceita argumentos</translation>
    </message>
    <message>
        <source>prune wants --older-than DAYS, a whole number of days from 1</source>
        <translation>prune precisa de --older-than DIAS, um número inteiro de dias a partir de 1</translation>
    </message>
    <message numerus="yes">
        <source>pruned what is older than %n day(s): </source>
        <translation>
            <numerusform>limpo o que tem mais de %n dia: </numerusform>
            <numerusform>limpo o que tem mais de %n dias: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deliveries, %2 rejection(s), %3 message(s); %4 conversation(s) had nothing left
</source>
        <translation>%1 entregas, %2 rejeição(ões), %3 mensagem(ns); %4 conversa(s) ficaram vazias
</translation>
    </message>
    <message>
        <source>Forget deliveries older than this many days, and what they produced, in the background (default: keep everything).</source>
        <translation>Esquecer em segundo plano as entregas com mais que esse número de dias e o que elas produziram (padrão: manter tudo).</translation>
    </message>
    <message>
        <source>send a message from a line through the Graph API</source>
        <translation>enviar uma mensagem de uma linha pela Graph API</translation>
    </message>
    <message>
        <source>The Graph API&apos;s address (default: $HOOKLINE_GRAPH_URL, else %1).</source>
        <translation>O endereço da Graph API (padrão: $HOOKLINE_GRAPH_URL, senão %1).</translation>
    </message>
    <message>
        <source>The Graph API version (default: %1).</source>
        <translation>A versão da Graph API (padrão: %1).</translation>
    </message>
    <message>
        <source>--graph-url %1 is not an http(s) address</source>
        <translation>--graph-url %1 não é um endereço http(s)</translation>
    </message>
    <message>
        <source>--graph-version %1 is not a version such as %2</source>
        <translation>--graph-version %1 não é uma versão como %2</translation>
    </message>
    <message>
        <source>Keeps an app&apos;s Graph API access token, for media and sends. Reads it from the first line of stdin; it is kept where the app secret is, never in the database.</source>
        <translation>Guarda o token de acesso à Graph API de um app, para mídia e envios. Lê da primeira linha do stdin; fica onde está o segredo do app, nunca no banco de dados.</translation>
    </message>
    <message>
        <source>apps token needs --app-id</source>
        <translation>apps token precisa de --app-id</translation>
    </message>
    <message>
        <source>no access token on the first line of stdin</source>
        <translation>nenhum token de acesso na primeira linha do stdin</translation>
    </message>
    <message>
        <source>Kept the access token of app %1
</source>
        <translation>Token de acesso do app %1 guardado
</translation>
    </message>
    <message>
        <source>SECRET / VERIFY TOKEN / ACCESS TOKEN
</source>
        <translation>SEGREDO / TOKEN DE VERIFICAÇÃO / TOKEN DE ACESSO
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 takes &apos;add&apos;, &apos;list&apos; or &apos;token&apos;</source>
        <translation>%1 aceita &apos;add&apos;, &apos;list&apos; ou &apos;token&apos;</translation>
    </message>
    <message>
        <source>Sends a message from a line through the Graph API and prints the id Meta gives it. Free text and reactions need the customer&apos;s service window open (24 h after their last message); outside it only a template can be sent. A send whose answer is lost is recorded as unknown and never sent again. Each send is in the audit trail.</source>
        <translation>Envia uma mensagem de uma linha pela Graph API e imprime o id que a Meta lhe dá. Texto livre e reações precisam da janela de atendimento do cliente aberta (24 h após a última mensagem dele); fora dela só um modelo pode ser enviado. Um envio cuja resposta se perde fica como desconhecido e nunca é enviado de novo. Cada envio fica na trilha de auditoria.</translation>
    </message>
    <message>
        <source>The sending line&apos;s phone number id.</source>
        <translation>O phone number id da linha que envia.</translation>
    </message>
    <message>
        <source>The customer: their WhatsApp number or user id.</source>
        <translation>O cliente: o número de WhatsApp ou o id de usuário dele.</translation>
    </message>
    <message>
        <source>Free text to send.</source>
        <translation>Texto livre para enviar.</translation>
    </message>
    <message>
        <source>An approved template&apos;s name.</source>
        <translation>O nome de um modelo aprovado.</translation>
    </message>
    <message>
        <source>The template&apos;s language code (such as en_US).</source>
        <translation>O código de idioma do modelo (como pt_BR).</translation>
    </message>
    <message>
        <source>A template variable, {{1}} first; repeat for each one.</source>
        <translation>Uma variável do modelo, {{1}} primeiro; repita para cada uma.</translation>
    </message>
    <message>
        <source>React to --reply-to&apos;s message with this emoji.</source>
        <translation>Reagir à mensagem de --reply-to com este emoji.</translation>
    </message>
    <message>
        <source>The message answered (or reacted to).</source>
        <translation>A mensagem respondida (ou à qual se reage).</translation>
    </message>
    <message>
        <source>Who sends (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quem envia (padrão: $HOOKLINE_OPERATOR, senão o usuário).</translation>
    </message>
    <message>
        <source>send takes no arguments</source>
        <translation>send não aceita argumentos</translation>
    </message>
    <message>
        <source>send wants --line, --to and one of --text, --template or --react</source>
        <translation>send precisa de --line, --to e um de --text, --template ou --react</translation>
    </message>
    <message>
        <source>--template and --lang go together</source>
        <translation>--template e --lang andam juntos</translation>
    </message>
    <message>
        <source>--param fills a template&apos;s variables; give --template</source>
        <translation>--param preenche as variáveis de um modelo; informe --template</translation>
    </message>
    <message>
        <source>send %1 is unknown: %2</source>
        <translation>o envio %1 é desconhecido: %2</translation>
    </message>
    <message>
        <source>send %1 failed: %2</source>
        <translation>o envio %1 falhou: %2</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>não enviado: %1</translation>
    </message>
    <message>
        <source>a line&apos;s message templates (--refresh: from the Graph API)</source>
        <translation>os modelos de mensagem de uma linha (--refresh: da Graph API)</translation>
    </message>
    <message>
        <source>--graph-url %1: plain http only to this machine (localhost); use https</source>
        <translation>--graph-url %1: http sem criptografia só para esta máquina (localhost); use https</translation>
    </message>
    <message>
        <source>Lists the message templates of a line&apos;s WhatsApp business account: their name, language, category, status and number of variables. --refresh lists them again from the Graph API (with the line&apos;s app&apos;s access token) and keeps them for the console&apos;s picker.</source>
        <translation>Lista os modelos de mensagem da conta do WhatsApp Business de uma linha: nome, idioma, categoria, status e número de variáveis. --refresh pede de novo à Graph API (com o token de acesso do app da linha) e os guarda para o seletor do console.</translation>
    </message>
    <message>
        <source>The line&apos;s phone number id.</source>
        <translation>O phone number id da linha.</translation>
    </message>
    <message>
        <source>List them again from the Graph API.</source>
        <translation>Pedir de novo à Graph API.</translation>
    </message>
    <message>
        <source>templates wants --line ID</source>
        <translation>templates precisa de --line ID</translation>
    </message>
    <message>
        <source>No templates kept for line %1. List them from Meta with: hookline templates --line %1 --refresh
</source>
        <translation>Nenhum modelo guardado para a linha %1. Peça à Meta com: hookline templates --line %1 --refresh
</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variável</numerusform>
            <numerusform>%n variáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>customers&apos; media and their downloads (fetch WAMID: now)</source>
        <translation>mídias dos clientes e seus downloads (fetch WAMID: agora)</translation>
    </message>
    <message>
        <source>Where downloaded media are kept (default: beside the database).</source>
        <translation>Onde as mídias baixadas são guardadas (padrão: ao lado do banco de dados).</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>media takes &apos;list&apos; or &apos;fetch&apos;</source>
        <translation>media aceita &apos;list&apos; ou &apos;fetch&apos;</translation>
    </message>
    <message>
        <source>Lists the media customers sent (newest first) and where each download stands: pending, stored, failed, expired (Meta no longer serves it), too_large (over the cap) or evicted (removed to keep under the cap).</source>
        <translation>Lista as mídias que os clientes enviaram (as mais recentes primeiro) e a situação de cada download: pending, stored, failed, expired (a Meta não a disponibiliza mais), too_large (acima do limite) ou evicted (removida para ficar abaixo do limite).</translation>
    </message>
    <message>
        <source>Only this line&apos;s.</source>
        <translation>Só as desta linha.</translation>
    </message>
    <message>
        <source>Only those in this state.</source>
        <translation>Só as que estão nesta situação.</translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation>No máximo esta quantidade (padrão 1000).</translation>
    </message>
    <message>
        <source>media list takes --line, --state, --limit N and --format</source>
        <translation>media list aceita --line, --state, --limit N e --format</translation>
    </message>
    <message>
        <source>No media here yet.
</source>
        <translation>Ainda não há mídias.
</translation>
    </message>
    <message>
        <source>Downloads the media of message WAMID now, with the line&apos;s app&apos;s access token, verifies its SHA-256, keeps it and prints where. Exit status 1 when it could not be kept, with the reason.</source>
        <translation>Baixa agora a mídia da mensagem WAMID com o token de acesso do app da linha, verifica o SHA-256, guarda o arquivo e mostra onde. Código de saída 1, com o motivo, quando não foi possível guardá-lo.</translation>
    </message>
    <message>
        <source>The line, when the wamid is on more than one.</source>
        <translation>A linha, quando o wamid está em mais de uma.</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>O ID da mensagem.</translation>
    </message>
    <message>
        <source>media fetch wants one WAMID</source>
        <translation>media fetch espera um único WAMID</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 está na situação %2: %3</translation>
    </message>
    <message>
        <source>The most the media folder may hold; past it, the files viewed longest ago go (default: no cap here; the console keeps its own).</source>
        <translation>O máximo que a pasta de mídias pode ocupar; acima disso, saem os arquivos vistos há mais tempo (padrão: sem limite aqui; o console aplica o seu).</translation>
    </message>
    <message>
        <source>Where customers&apos; media are downloaded to (default: beside the database).</source>
        <translation>Onde as mídias dos clientes são baixadas (padrão: ao lado do banco de dados).</translation>
    </message>
    <message>
        <source>The most downloaded media may take; past it, the files viewed longest ago go (default 2048).</source>
        <translation>O máximo que as mídias baixadas podem ocupar; acima disso, saem os arquivos vistos há mais tempo (padrão 2048).</translation>
    </message>
    <message>
        <source>Do not download customers&apos; media.</source>
        <translation>Não baixar as mídias dos clientes.</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: hookline.sqlite in the user&apos;s data folder), before
or after the command, and --help: `hookline apps list --help`. This is a server build:
it has every command but the console.
</source>
        <translation>
Todo comando aceita --db CAMINHO (padrão: hookline.sqlite na pasta de dados do usuário),
antes ou depois do comando, e --help: `hookline apps list --help`. Esta é uma versão de
servidor: tem todos os comandos, menos o console.
</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>Hookline cannot open its database:
%1</source>
        <translation>O Hookline não consegue abrir o banco de dados:
%1</translation>
    </message>
    <message>
        <source>HTTPS is off: %1
Fix it in Settings.</source>
        <translation>HTTPS desativado: %1
Corrija isso nas Configurações.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>The business account is restricted for a policy violation; see Account Quality in Meta&apos;s Business Manager.</source>
        <translation>A conta comercial está restrita por violação de política; veja a Qualidade da conta no Gerenciador de Negócios da Meta.</translation>
    </message>
    <message>
        <source>The number sent faster than its throughput allows; slow down and retry later.</source>
        <translation>O número enviou mais rápido do que sua capacidade permite; diminua o ritmo e tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Meta kept this marketing message from a customer in an experiment group; nothing to fix.</source>
        <translation>A Meta reteve esta mensagem de marketing porque o cliente está em um grupo experimental; não há nada a corrigir.</translation>
    </message>
    <message>
        <source>A generic failure at Meta; retry, and contact Meta if it persists.</source>
        <translation>Falha genérica na Meta; tente novamente e, se persistir, entre em contato com a Meta.</translation>
    </message>
    <message>
        <source>Access denied: check the access token&apos;s permissions.</source>
        <translation>Acesso negado: verifique as permissões do token de acesso.</translation>
    </message>
    <message>
        <source>The send request lacked a required parameter.</source>
        <translation>Faltou um parâmetro obrigatório na solicitação de envio.</translation>
    </message>
    <message>
        <source>A parameter of the send request had an invalid value.</source>
        <translation>Um parâmetro da solicitação de envio tinha um valor inválido.</translation>
    </message>
    <message>
        <source>The message was addressed to the sending number itself.</source>
        <translation>A mensagem foi endereçada ao próprio número que a enviou.</translation>
    </message>
    <message>
        <source>The recipient cannot receive it: not on WhatsApp, an old app, terms not accepted, or not an allowed test number.</source>
        <translation>O destinatário não pode recebê-la: não está no WhatsApp, usa uma versão antiga do app, não aceitou os termos ou não é um número de teste permitido.</translation>
    </message>
    <message>
        <source>A development app may only send to the numbers on its test list; add the recipient there.</source>
        <translation>Um app em desenvolvimento só pode enviar para os números da lista de teste; adicione o destinatário lá.</translation>
    </message>
    <message>
        <source>The account is locked; resolve the policy or verification problem in Business Manager.</source>
        <translation>A conta está bloqueada; resolva o problema de política ou de verificação no Gerenciador de Negócios.</translation>
    </message>
    <message>
        <source>A billing problem: check the account&apos;s payment method.</source>
        <translation>Problema de cobrança: verifique a forma de pagamento da conta.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer last wrote: only a template message can reopen the conversation.</source>
        <translation>Já se passaram mais de 24 horas desde a última mensagem do cliente: só uma mensagem de modelo pode reabrir a conversa.</translation>
    </message>
    <message>
        <source>Too many messages were blocked or reported as spam; check the number&apos;s quality rating.</source>
        <translation>Muitas mensagens foram bloqueadas ou denunciadas como spam; verifique a classificação de qualidade do número.</translation>
    </message>
    <message>
        <source>Meta held back this marketing message to limit what the customer receives; retry much later, not at once.</source>
        <translation>A Meta reteve esta mensagem de marketing para limitar o que o cliente recebe; tente novamente bem mais tarde, não de imediato.</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages from this business.</source>
        <translation>O cliente desativou as mensagens de marketing desta empresa.</translation>
    </message>
    <message>
        <source>A message type WhatsApp Cloud API does not support.</source>
        <translation>Tipo de mensagem não suportado pela API de Nuvem do WhatsApp.</translation>
    </message>
    <message>
        <source>Meta could not download the media the customer sent; ask for it again.</source>
        <translation>A Meta não conseguiu baixar a mídia enviada pelo cliente; peça que ele envie de novo.</translation>
    </message>
    <message>
        <source>Meta could not fetch or accept the media in the send request; check its URL, size and type.</source>
        <translation>A Meta não conseguiu obter ou aceitar a mídia da solicitação de envio; verifique a URL, o tamanho e o tipo.</translation>
    </message>
    <message>
        <source>Too many messages to the same customer in a short time; wait before sending again.</source>
        <translation>Muitas mensagens para o mesmo cliente em pouco tempo; aguarde antes de enviar de novo.</translation>
    </message>
    <message>
        <source>The template&apos;s parameter count does not match the request.</source>
        <translation>A quantidade de parâmetros do modelo não corresponde à solicitação.</translation>
    </message>
    <message>
        <source>The template does not exist in that language, or is not approved yet.</source>
        <translation>O modelo não existe nesse idioma ou ainda não foi aprovado.</translation>
    </message>
    <message>
        <source>The template&apos;s text with its parameters is too long.</source>
        <translation>O texto do modelo com os parâmetros ficou longo demais.</translation>
    </message>
    <message>
        <source>The template&apos;s content breaks a formatting policy.</source>
        <translation>O conteúdo do modelo viola uma política de formatação.</translation>
    </message>
    <message>
        <source>A template parameter has the wrong format.</source>
        <translation>Um parâmetro do modelo está no formato errado.</translation>
    </message>
    <message>
        <source>The template is paused for low quality; edit it or use another.</source>
        <translation>O modelo está pausado por baixa qualidade; edite-o ou use outro.</translation>
    </message>
    <message>
        <source>The template is disabled for low quality; use another.</source>
        <translation>O modelo está desativado por baixa qualidade; use outro.</translation>
    </message>
    <message>
        <source>The app called the Graph API too often; wait before calling again.</source>
        <translation>O app chamou a Graph API vezes demais; espere antes de chamar de novo.</translation>
    </message>
    <message>
        <source>The access token lacks a permission (whatsapp_business_messaging or whatsapp_business_management); give it to the system user.</source>
        <translation>Falta uma permissão ao token de acesso (whatsapp_business_messaging ou whatsapp_business_management); conceda-a ao usuário do sistema.</translation>
    </message>
    <message>
        <source>The request named something that does not exist or that this token cannot see (a line, media or template id), or had a bad parameter.</source>
        <translation>A solicitação citou algo que não existe ou que este token não pode ver (um id de linha, mídia ou modelo), ou tinha um parâmetro inválido.</translation>
    </message>
    <message>
        <source>The access token has expired or was revoked; make a new one in Business Manager and keep it with &apos;hookline apps token&apos;.</source>
        <translation>O token de acesso expirou ou foi revogado; crie um novo no Business Manager e guarde-o com &apos;hookline apps token&apos;.</translation>
    </message>
    <message>
        <source>The access token lacks a permission for this line or account; check the system user&apos;s assets in Business Manager.</source>
        <translation>Falta ao token de acesso uma permissão para esta linha ou conta; verifique os ativos do usuário do sistema no Business Manager.</translation>
    </message>
    <message>
        <source>The business account reached its Graph API rate limit; wait before calling again.</source>
        <translation>A conta comercial atingiu o limite de chamadas à Graph API; espere antes de chamar de novo.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>no error</source>
        <translation>sem erro</translation>
    </message>
    <message>
        <source>app %1 has no access token here; keep one with: hookline apps token --app-id %1</source>
        <translation>o app %1 não tem token de acesso aqui; guarde um com: hookline apps token --app-id %1</translation>
    </message>
    <message>
        <source>cannot reach the Graph API (%1); nothing was sent</source>
        <translation>não é possível alcançar a Graph API (%1); nada foi enviado</translation>
    </message>
    <message>
        <source>the Graph API&apos;s answer was lost (%1); whether Meta accepted it is unknown, and it is not sent again</source>
        <translation>a resposta da Graph API se perdeu (%1); não se sabe se a Meta aceitou, e não é enviado de novo</translation>
    </message>
    <message>
        <source>no usable answer</source>
        <translation>nenhuma resposta utilizável</translation>
    </message>
    <message>
        <source>the access token was refused</source>
        <translation>o token de acesso foi recusado</translation>
    </message>
    <message>
        <source>the access token lacks a permission</source>
        <translation>falta uma permissão ao token de acesso</translation>
    </message>
    <message>
        <source>rate limited; Meta asks to wait %1 s</source>
        <translation>limite de taxa; a Meta pede para esperar %1 s</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de taxa</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>outside the customer-service window</source>
        <translation>fora da janela de atendimento ao cliente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>Meta&apos;s server failed (HTTP %1)</source>
        <translation>o servidor da Meta falhou (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 (Meta code %2)</source>
        <translation>%1 (código da Meta %2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>Copiar &amp;linha</translation>
    </message>
</context>
<context>
    <name>SampleWebhooks</name>
    <message>
        <source>Text message</source>
        <translation>Mensagem de texto</translation>
    </message>
    <message>
        <source>Image with caption</source>
        <translation>Imagem com legenda</translation>
    </message>
    <message>
        <source>Status: sent</source>
        <translation>Status: enviada</translation>
    </message>
    <message>
        <source>Status: delivered</source>
        <translation>Status: entregue</translation>
    </message>
    <message>
        <source>Status: read</source>
        <translation>Status: lida</translation>
    </message>
    <message>
        <source>Status: failed (131047)</source>
        <translation>Status: falhou (131047)</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>Template status update</source>
        <translation>Atualização de status do modelo</translation>
    </message>
</context>
<context>
    <name>SendRequest</name>
    <message>
        <source>no line %1 here; see: hookline lines list</source>
        <translation>nenhuma linha %1 aqui; veja: hookline lines list</translation>
    </message>
    <message>
        <source>the customer-service window is %1; only a template can be sent (--template)</source>
        <translation>janela de atendimento ao cliente: %1; só um modelo pode ser enviado (--template)</translation>
    </message>
    <message>
        <source>Meta answered without a message id; whether it was accepted is unknown, and it is not sent again</source>
        <translation>A Meta respondeu sem id de mensagem; não se sabe se aceitou, e não é enviado de novo</translation>
    </message>
    <message>
        <source>no line to send from</source>
        <translation>nenhuma linha de onde enviar</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>nenhum destinatário</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>a mensagem está vazia</translation>
    </message>
    <message>
        <source>the message has %1 characters; WhatsApp takes at most %2</source>
        <translation>a mensagem tem %1 caracteres; o WhatsApp aceita no máximo %2</translation>
    </message>
    <message>
        <source>no template name</source>
        <translation>falta o nome do modelo</translation>
    </message>
    <message>
        <source>template %1 needs a language code (such as en_US)</source>
        <translation>o modelo %1 precisa de um código de idioma (como pt_BR)</translation>
    </message>
    <message>
        <source>variable {{%1}} of template %2 is empty; fill it before sending</source>
        <translation>a variável {{%1}} do modelo %2 está vazia; preencha-a antes de enviar</translation>
    </message>
    <message>
        <source>a reaction needs the message it reacts to</source>
        <translation>uma reação precisa da mensagem à qual reage</translation>
    </message>
    <message>
        <source>a reaction needs an emoji</source>
        <translation>uma reação precisa de um emoji</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Modelo %1 (%2)</translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation>Modelo %1 (%2): %3</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Reagiu %1</translation>
    </message>
</context>
<context>
    <name>ServiceWindow</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>never opened: the customer has not written on this line</source>
        <translation>nunca aberta: o cliente não escreveu nesta linha</translation>
    </message>
    <message>
        <source>closed %1 ago</source>
        <translation>fechada há %1</translation>
    </message>
    <message>
        <source>open for %1 more (free entry point, 72 h)</source>
        <translation>aberta por mais %1 (ponto de entrada gratuito, 72 h)</translation>
    </message>
    <message>
        <source>open for %1 more</source>
        <translation>aberta por mais %1</translation>
    </message>
    <message>
        <source>cannot read the conversation: %1</source>
        <translation>não é possível ler a conversa: %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lida</translation>
    </message>
    <message>
        <source>played</source>
        <translation>reproduzida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>tentando novamente</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>processada</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>reprodução</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
</context>
<context>
    <name>hookline::AccountEventModel</name>
    <message>
        <source>Number quality</source>
        <translation>Qualidade do número</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Análise da conta</translation>
    </message>
    <message>
        <source>Account alert</source>
        <translation>Alerta da conta</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Status do modelo</translation>
    </message>
    <message>
        <source>Template quality</source>
        <translation>Qualidade do modelo</translation>
    </message>
    <message>
        <source>Template content</source>
        <translation>Conteúdo do modelo</translation>
    </message>
    <message>
        <source>Template category</source>
        <translation>Categoria do modelo</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Payment configuration</source>
        <translation>Configuração de pagamento</translation>
    </message>
    <message>
        <source>Webhook error</source>
        <translation>Erro de webhook</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Line or account</source>
        <translation>Linha ou conta</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erro %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>History sync</source>
        <translation>Sincronização do histórico</translation>
    </message>
    <message>
        <source>Link click</source>
        <translation>Clique no link</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>phase %1, %2 %</source>
        <translation>fase %1, %2 %</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 conversas</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensagens</translation>
    </message>
</context>
<context>
    <name>hookline::AccountHealthPage</name>
    <message>
        <source>No template events yet. Subscribe the app to message_template_status_update in Meta&apos;s dashboard to follow approvals, pauses and quality here.</source>
        <translation>Nenhum evento de modelo ainda. Inscreva o app em message_template_status_update no painel da Meta para acompanhar aqui as aprovações, as pausas e a qualidade.</translation>
    </message>
    <message>
        <source>Meta has not reported anything about these accounts yet.</source>
        <translation>A Meta ainda não informou nada sobre estas contas.</translation>
    </message>
    <message>
        <source>Lines&apos; health</source>
        <translation>Saúde das linhas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Account events</source>
        <translation>Eventos da conta</translation>
    </message>
    <message>
        <source>What Meta last reported about each number, account and template. Double-click a row (or press Enter) to open the delivery that brought it in the Inspector.</source>
        <translation>O que a Meta informou por último sobre cada número, conta e modelo. Clique duas vezes em uma linha da tabela (ou pressione Enter) para abrir no Inspetor a entrega que trouxe a informação.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Account events and webhook errors</source>
        <translation>Eventos da conta e erros de webhook</translation>
    </message>
</context>
<context>
    <name>hookline::AlertListModel</name>
    <message>
        <source>Line quality dropped</source>
        <translation>Qualidade da linha caiu</translation>
    </message>
    <message>
        <source>Template paused or rejected</source>
        <translation>Modelo pausado ou rejeitado</translation>
    </message>
    <message>
        <source>Account restricted</source>
        <translation>Conta restrita</translation>
    </message>
    <message>
        <source>Failed messages</source>
        <translation>Mensagens com falha</translation>
    </message>
    <message>
        <source>Line silent</source>
        <translation>Linha em silêncio</translation>
    </message>
    <message>
        <source>Dead letters growing</source>
        <translation>Aumento de eventos com falha</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Disparado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2</source>
        <translation>Reconhecido por %1, %2</translation>
    </message>
    <message>
        <source> · ended %1</source>
        <translation> · encerrado %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed after %1 attempts</source>
        <translation>Falhou após %1 tentativas</translation>
    </message>
    <message>
        <source>Retrying (%1 attempts)</source>
        <translation>Tentando novamente (%1 tentativas)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
</context>
<context>
    <name>hookline::AlertRulesDialog</name>
    <message>
        <source>A line&apos;s &amp;quality drops (flagged or downgraded)</source>
        <translation>A &amp;qualidade de uma linha cai (sinalizada ou rebaixada)</translation>
    </message>
    <message>
        <source>A &amp;template is paused, disabled or rejected</source>
        <translation>Um &amp;modelo é pausado, desativado ou rejeitado</translation>
    </message>
    <message>
        <source>An &amp;account restriction or violation</source>
        <translation>Uma restrição ou violação na &amp;conta</translation>
    </message>
    <message>
        <source>&amp;Failed messages with one error code exceed</source>
        <translation>Mensagens com &amp;falha por um mesmo código de erro passam de</translation>
    </message>
    <message>
        <source>A line is &amp;silent for longer than</source>
        <translation>Uma linha fica em &amp;silêncio por mais de</translation>
    </message>
    <message>
        <source>&amp;Dead letters grow by</source>
        <translation>Os &amp;eventos com falha aumentam em</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Regras de alerta</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> × its usual gap</source>
        <translation> × o intervalo habitual dela</translation>
    </message>
    <message>
        <source> within an hour</source>
        <translation> em uma hora</translation>
    </message>
    <message>
        <source>https://chat.example/hooks/… (optional)</source>
        <translation>https://chat.example/hooks/… (opcional)</translation>
    </message>
    <message>
        <source>over</source>
        <translation>em</translation>
    </message>
    <message>
        <source>    with at least (messages)</source>
        <translation>    com pelo menos (mensagens)</translation>
    </message>
    <message>
        <source>    and at least</source>
        <translation>    e pelo menos</translation>
    </message>
    <message>
        <source>Every alert shows in the Alerts tab, as a notification and as a warning in the log. It can also be POSTed as JSON, signed like Meta&apos;s webhooks (X-Hookline-Signature-256), to a URL of yours:</source>
        <translation>Cada alerta aparece na aba Alertas, como notificação e como aviso no registro. Ele também pode ser enviado por POST como JSON, assinado como os webhooks da Meta (X-Hookline-Signature-256), para uma URL sua:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL do &amp;webhook</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Chave de assinatura</translation>
    </message>
    <message>
        <source>The webhook URL must be an http or https address.</source>
        <translation>A URL do webhook deve ser um endereço http ou https.</translation>
    </message>
</context>
<context>
    <name>hookline::AlertsPage</name>
    <message>
        <source>Show &amp;acknowledged</source>
        <translation>&amp;Mostrar reconhecidos</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Reco&amp;nhecer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Say you have seen the selected alerts (Ctrl+K); your name and the time are kept with them.</source>
        <translation>Indique que você viu os alertas selecionados (Ctrl+K); seu nome e o horário ficam guardados com eles.</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Regras…</translation>
    </message>
    <message>
        <source>What raises an alert, and where alerts are POSTed</source>
        <translation>O que gera um alerta e para onde os alertas são enviados por POST</translation>
    </message>
    <message>
        <source>Alerts raised by the rules, newest first; each also shows as a notification and a warning in the log.</source>
        <translation>Alertas gerados pelas regras, mais recentes primeiro; cada um também aparece como notificação e como aviso no registro.</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Nenhum alerta ainda.</translation>
    </message>
    <message>
        <source>No open alerts. Hookline watches each line&apos;s quality, templates, account restrictions, failure rates, silent lines and dead letters; Rules… says how.</source>
        <translation>Nenhum alerta aberto. O Hookline monitora a qualidade de cada linha, os modelos, as restrições da conta, as taxas de falha, as linhas em silêncio e os eventos com falha; Regras… explica como.</translation>
    </message>
</context>
<context>
    <name>hookline::ComposerDialog</name>
    <message>
        <source>Hello from the composer</source>
        <translation>Olá do compositor</translation>
    </message>
    <message>
        <source>&amp;Send signed</source>
        <translation>&amp;Enviar assinado</translation>
    </message>
    <message>
        <source>Test webhook composer</source>
        <translation>Compositor de webhooks de teste</translation>
    </message>
    <message>
        <source>wamid a status or reaction is about (empty: a new one)</source>
        <translation>wamid da mensagem a que o status ou a reação se refere (vazio: uma nova)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Customer wa_id</source>
        <translation>wa_id do &amp;cliente</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;About message</source>
        <translation>Sobre a &amp;mensagem</translation>
    </message>
    <message>
        <source>&amp;Generate body</source>
        <translation>&amp;Gerar corpo</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sem resposta: %1</translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation>HTTP %1 — %2</translation>
    </message>
    <message>
        <source>No active line yet — add one in Settings.</source>
        <translation>Nenhuma linha ativa ainda — adicione uma nas Configurações.</translation>
    </message>
    <message>
        <source>The embedded receiver is not running: %1</source>
        <translation>O receptor embutido não está em execução: %1</translation>
    </message>
    <message>
        <source>The line has no app to sign with.</source>
        <translation>A linha não tem um app para assinar.</translation>
    </message>
    <message>
        <source>This computer does not have the secret of app %1, so it cannot sign. Enter it in Settings (Edit app); it will be kept in %2.</source>
        <translation>Este computador não tem a chave secreta do app %1, então não é possível assinar. Informe-a nas Configurações (Editar app); ela será guardada em %2.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>the credentials file %1</source>
        <translation>o arquivo de credenciais %1</translation>
    </message>
    <message>
        <source>You edited the body: it is sent exactly as shown, and the fields above no longer change it. Generate body starts again from them.</source>
        <translation>Você editou o corpo: ele é enviado exatamente como aparece, e os campos acima não o alteram mais. Gerar corpo recomeça a partir deles.</translation>
    </message>
</context>
<context>
    <name>hookline::ConsoleEngine</name>
    <message>
        <source>shared database; the servers receive</source>
        <translation>banco de dados compartilhado; os servidores recebem</translation>
    </message>
    <message>
        <source>receiver off</source>
        <translation>receptor desligado</translation>
    </message>
</context>
<context>
    <name>hookline::ConsoleStatusBar</name>
    <message>
        <source>Receiving on %1</source>
        <translation>Recebendo em %1</translation>
    </message>
    <message>
        <source>Receiver off: %1</source>
        <translation>Receptor desligado: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Backlog %1</source>
        <translation>Pendentes %1</translation>
    </message>
    <message>
        <source>Dead letters %1</source>
        <translation>Eventos com falha %1</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationDelegate</name>
    <message>
        <source>You: </source>
        <translation>Você: </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Não entregue</translation>
    </message>
    <message>
        <source>open %1 h</source>
        <translation>aberta %1 h</translation>
    </message>
    <message>
        <source>open %1 min</source>
        <translation>aberta %1 min</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationListModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensagem enviada</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Mensagem %1</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Alteração no grupo</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Chamada</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationPane</name>
    <message>
        <source>Pick a conversation on the left to read it here.</source>
        <translation>Escolha uma conversa à esquerda para lê-la aqui.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>saved as “%1”</source>
        <translation>salvo como “%1”</translation>
    </message>
    <message>
        <source>number not shared</source>
        <translation>número não compartilhado</translation>
    </message>
    <message>
        <source>Opted out of marketing messages since %1</source>
        <translation>Optou por não receber mensagens de marketing desde %1</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy message &amp;id</source>
        <translation>Copiar I&amp;D da mensagem</translation>
    </message>
    <message>
        <source>Show the &amp;quoted message</source>
        <translation>&amp;Mostrar a mensagem citada</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Abrir no &amp;Inspetor</translation>
    </message>
    <message>
        <source>Service window %1: free text can be sent</source>
        <translation>Janela de atendimento %1: pode-se enviar texto livre</translation>
    </message>
    <message>
        <source>Service window %1: only templates can be sent</source>
        <translation>Janela de atendimento %1: só modelos podem ser enviados</translation>
    </message>
    <message>
        <source>No service window: Meta has delivered no message from the customer; only templates can be sent</source>
        <translation>Sem janela de atendimento: a Meta não entregou nenhuma mensagem do cliente; só modelos podem ser enviados</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Re&amp;act</source>
        <translation>Re&amp;agir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>Let the cap &amp;remove it</source>
        <translation>Deixar o limite &amp;removê-la</translation>
    </message>
    <message>
        <source>&amp;Keep it past the cap</source>
        <translation>&amp;Manter mesmo acima do limite</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Baixar agora</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No application here opens this file. Save it with Save as… and open it from there.</source>
        <translation>Nenhum aplicativo deste computador abre este arquivo. Salve-o com Salvar como… e abra-o de lá.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationsPage</name>
    <message>
        <source>Filter by name or number (Ctrl+F)</source>
        <translation>Filtrar por nome ou número (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>No conversations yet.
They appear here as webhooks arrive.</source>
        <translation>Nenhuma conversa ainda.
Elas aparecem aqui à medida que os webhooks chegam.</translation>
    </message>
    <message>
        <source>No conversation matches &quot;%1&quot;.</source>
        <translation>Nenhuma conversa corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Copy group &amp;id</source>
        <translation>Copiar &amp;ID do grupo</translation>
    </message>
    <message>
        <source>Copy &amp;number or id</source>
        <translation>Copiar &amp;número ou ID</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>A&amp;pagar esta pessoa…</translation>
    </message>
    <message>
        <source>Could not erase: %1</source>
        <translation>Não foi possível apagar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n message(s) and their parts of the delivery log.</source>
        <translation>
            <numerusform>Apagada: %n mensagem e suas partes do registro de entregas.</numerusform>
            <numerusform>Apagadas: %n mensagens e suas partes do registro de entregas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Apagar esta pessoa</translation>
    </message>
    <message>
        <source>Erase everything Hookline holds about %1 on this line?

Their messages, delivery statuses, reactions, calls, contact details and search entries are deleted, and the deliveries that carried them are rewritten without them, so a rebuild cannot bring them back. The audit trail keeps who erased whom and when, not what they said.

This cannot be undone.</source>
        <translation>Apagar tudo o que o Hookline guarda sobre %1 nesta linha?

Suas mensagens, status de entrega, reações, chamadas, dados de contato e entradas de pesquisa são apagados, e as entregas que os continham são reescritas sem eles, para que uma reconstrução não possa trazê-los de volta. A trilha de auditoria guarda quem apagou quem e quando, não o que foi dito.

Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Closing within 1 h</source>
        <translation>Fecha em menos de 1 h</translation>
    </message>
    <message>
        <source>Only conversations whose 24-hour customer-service window closes within the hour: after that, only templates can be sent (Alt+W)</source>
        <translation>Só as conversas cuja janela de atendimento de 24 horas fecha em menos de uma hora: depois, só modelos podem ser enviados (Alt+W)</translation>
    </message>
    <message>
        <source>No customer-service window closes within the hour.
Turn off &quot;Closing within 1 h&quot; to see every conversation.</source>
        <translation>Nenhuma janela de atendimento fecha na próxima hora.
Desative &quot;Fecha em menos de 1 h&quot; para ver todas as conversas.</translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterGroupModel</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation>Código ou campo</translation>
    </message>
    <message>
        <source>(any line)</source>
        <translation>(qualquer linha)</translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterModel</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation>Código ou campo</translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Retry the selected dead letters (Ctrl+R)</source>
        <translation>Tentar novamente os eventos com falha selecionados (Ctrl+R)</translation>
    </message>
    <message>
        <source>Retry &amp;group…</source>
        <translation>Tentar novamente o &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>All dead letters</source>
        <translation>Todos os eventos com falha</translation>
    </message>
    <message>
        <source>No dead letters — everything was processed.</source>
        <translation>Nenhum evento com falha — tudo foi processado.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) wait for you.</source>
        <translation>
            <numerusform>%n evento com falha aguarda você.</numerusform>
            <numerusform>%n eventos com falha aguardam você.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry group</source>
        <translation>Tentar novamente o grupo</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Eventos com falha</translation>
    </message>
    <message>
        <source>Select one or more dead letters.</source>
        <translation>Selecione um ou mais eventos com falha.</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n dead letter(s)? They stay in the log, marked discarded.</source>
        <translation>
            <numerusform>Descartar %n evento com falha? Ele continua no log, marcado como descartado.</numerusform>
            <numerusform>Descartar %n eventos com falha? Eles continuam no log, marcados como descartados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n dead letter(s)?</source>
        <translation>
            <numerusform>Tentar novamente %n evento com falha?</numerusform>
            <numerusform>Tentar novamente %n eventos com falha?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Descartando…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Tentando novamente…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n dead letter(s).</source>
        <translation>
            <numerusform>Cancelado após %n evento com falha.</numerusform>
            <numerusform>Cancelado após %n eventos com falha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n dead letter(s)…</source>
        <translation>
            <numerusform>Tentando novamente %n evento com falha…</numerusform>
            <numerusform>Tentando novamente %n eventos com falha…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>&amp;Copiar payload</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Abrir no &amp;Inspetor</translation>
    </message>
    <message>
        <source>Select a dead letter to see why it failed and its whole payload.</source>
        <translation>Selecione um evento com falha para ver por que ele falhou e o payload completo.</translation>
    </message>
    <message>
        <source>&amp;Add line %1…</source>
        <translation>Adicionar li&amp;nha %1…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation>Código ou campo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>(the delivery is no longer in the log)</source>
        <translation>(a entrega não está mais no registro)</translation>
    </message>
    <message>
        <source>Pick a group first: click a row of the upper table.</source>
        <translation>Escolha um grupo primeiro: clique em uma linha da tabela de cima.</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Descartar %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Tentar novamente %1</translation>
    </message>
    <message numerus="yes">
        <source>Discarding %n dead letter(s)…</source>
        <translation>
            <numerusform>Descartando %n evento com falha…</numerusform>
            <numerusform>Descartando %n eventos com falha…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nada foi alterado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n dead letter(s). They stay in the log.</source>
        <translation>
            <numerusform>%n evento com falha descartado. Ele continua no registro.</numerusform>
            <numerusform>%n eventos com falha descartados. Eles continuam no registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected</source>
        <translation>
            <numerusform>%n projetado</numerusform>
            <numerusform>%n projetados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still failing — same cause</source>
        <translation>
            <numerusform>%n ainda falha — mesma causa</numerusform>
            <numerusform>%n ainda falham — mesma causa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing for another cause</source>
        <translation>
            <numerusform>%n falha por outra causa</numerusform>
            <numerusform>%n falham por outra causa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded meanwhile</source>
        <translation>
            <numerusform>%n descartado nesse meio-tempo</numerusform>
            <numerusform>%n descartados nesse meio-tempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still being processed</source>
        <translation>
            <numerusform>%n ainda está sendo processado</numerusform>
            <numerusform>%n ainda estão sendo processados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retried: %1.</source>
        <translation>
            <numerusform>%n evento tentado novamente: %1.</numerusform>
            <numerusform>%n eventos tentados novamente: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retry the group&apos;s %n dead letter(s) now?</source>
        <translation>
            <numerusform>%1 Tentar novamente agora %n evento com falha do grupo?</numerusform>
            <numerusform>%1 Tentar novamente agora os %n eventos com falha do grupo?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Copy &amp;payload</source>
        <translation>Copiar &amp;payload</translation>
    </message>
    <message>
        <source>What became of the delivery:</source>
        <translation>O que aconteceu com a entrega:</translation>
    </message>
    <message numerus="yes">
        <source>%n retried.</source>
        <translation>
            <numerusform>%n evento tentado novamente.</numerusform>
            <numerusform>%n eventos tentados novamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterReason</name>
    <message>
        <source>Line not configured</source>
        <translation>Linha não configurada</translation>
    </message>
    <message>
        <source>Meta sent this for a phone number id that is not one of your lines. Add the line, then retry.</source>
        <translation>A Meta enviou isto para um ID de número de telefone que não é de nenhuma das suas linhas. Adicione a linha e depois tente novamente.</translation>
    </message>
    <message>
        <source>Signed by another app</source>
        <translation>Assinado por outro app</translation>
    </message>
    <message>
        <source>The line belongs to a different Meta app than the one that signed the delivery. Check the line&apos;s owning app in Settings.</source>
        <translation>A linha pertence a um app da Meta diferente daquele que assinou a entrega. Verifique o app responsável pela linha nas Configurações.</translation>
    </message>
    <message>
        <source>Business account not configured</source>
        <translation>Conta comercial não configurada</translation>
    </message>
    <message>
        <source>No line of yours belongs to this WhatsApp Business Account. Add one of its lines with its WABA id, then retry.</source>
        <translation>Nenhuma das suas linhas pertence a esta conta do WhatsApp Business. Adicione uma das linhas dela com o ID da WABA e depois tente novamente.</translation>
    </message>
    <message>
        <source>Business account of another app</source>
        <translation>Conta comercial de outro app</translation>
    </message>
    <message>
        <source>The app that signed the delivery owns no line of this WhatsApp Business Account. Check the lines&apos; owning app in Settings.</source>
        <translation>O app que assinou a entrega não é responsável por nenhuma linha desta conta do WhatsApp Business. Verifique o app responsável pelas linhas nas Configurações.</translation>
    </message>
    <message>
        <source>Field Hookline does not know yet</source>
        <translation>Campo que o Hookline ainda não conhece</translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <source>The body cannot be read as JSON. Look at the payload: it cannot be projected as it is.</source>
        <translation>Não é possível ler o corpo como JSON. Veja o payload: ele não pode ser projetado do jeito que está.</translation>
    </message>
    <message>
        <source>Not a WhatsApp Business webhook</source>
        <translation>Não é um webhook do WhatsApp Business</translation>
    </message>
    <message>
        <source>The body&apos;s &quot;object&quot; is not whatsapp_business_account. It is kept, but there is nothing to project.</source>
        <translation>O &quot;object&quot; do corpo não é whatsapp_business_account. Ele fica guardado, mas não há nada para projetar.</translation>
    </message>
    <message>
        <source>Refers to another line&apos;s message</source>
        <translation>Refere-se a uma mensagem de outra linha</translation>
    </message>
    <message>
        <source>A status or reaction names a message that belongs to a different line. It is not applied, so one line cannot change another&apos;s history.</source>
        <translation>Um status ou uma reação faz referência a uma mensagem que pertence a outra linha. Ele não é aplicado, para que uma linha não possa alterar o histórico de outra.</translation>
    </message>
    <message>
        <source>Could not be projected</source>
        <translation>Não foi possível projetar</translation>
    </message>
    <message>
        <source>Processing failed for this item; the last error says why. Retry once the cause is fixed.</source>
        <translation>O processamento deste item falhou; o último erro diz o motivo. Tente novamente depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>Retry once the cause is fixed; the last error says what went wrong.</source>
        <translation>Tente novamente depois de corrigir a causa; o último erro diz o que deu errado.</translation>
    </message>
    <message>
        <source>Meta sent a webhook field this version of Hookline cannot project. It is kept, and a newer version projects it when you retry.</source>
        <translation>A Meta enviou um campo de webhook que esta versão do Hookline não consegue projetar. Ele é mantido, e uma versão mais nova o projeta quando você tentar novamente.</translation>
    </message>
</context>
<context>
    <name>hookline::DeliveryLogModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinalizadores</translation>
    </message>
</context>
<context>
    <name>hookline::DeliveryStatusModel</name>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Precificação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reprodução</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Business message</source>
        <translation>Mensagem da empresa</translation>
    </message>
</context>
<context>
    <name>hookline::DemoFeeder</name>
    <message>
        <source>Demo shop</source>
        <translation>Loja de demonstração</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demonstração</translation>
    </message>
    <message>
        <source>Shop support</source>
        <translation>Suporte da loja</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Hi! Is the blue kettle back in stock?</source>
        <translation>Oi! A chaleira azul já voltou ao estoque?</translation>
    </message>
    <message>
        <source>This one, in blue</source>
        <translation>Essa aqui, a azul</translation>
    </message>
    <message>
        <source>Where I am</source>
        <translation>Onde eu estou</translation>
    </message>
    <message>
        <source>The invoice you asked for</source>
        <translation>A nota fiscal que você pediu</translation>
    </message>
    <message>
        <source>Yes, confirm my order</source>
        <translation>Sim, confirmar meu pedido</translation>
    </message>
    <message>
        <source>Hello? Is this the right number?</source>
        <translation>Oi? Esse é o número certo?</translation>
    </message>
</context>
<context>
    <name>hookline::FirstLineDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Set up your first line</source>
        <translation>Configurar sua primeira linha</translation>
    </message>
    <message>
        <source>e.g. 1234567890123456</source>
        <translation>ex.: 1234567890123456</translation>
    </message>
    <message>
        <source>32 characters, shown after you click Show</source>
        <translation>32 caracteres, exibidos depois que você clica em Mostrar</translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation>ex.: 106540352242922</translation>
    </message>
    <message>
        <source>e.g. 102290129340398</source>
        <translation>ex.: 102290129340398</translation>
    </message>
    <message>
        <source>What your team calls it, e.g. Support</source>
        <translation>Como sua equipe chama esta linha, ex.: Suporte</translation>
    </message>
    <message>
        <source>e.g. +1 555 010 0001</source>
        <translation>ex.: +1 555 010 0001</translation>
    </message>
    <message>
        <source>Your Meta app</source>
        <translation>Seu app da Meta</translation>
    </message>
    <message>
        <source>In Meta&apos;s App Dashboard (developers.facebook.com), open the app that has WhatsApp. Under &lt;b&gt;App settings → Basic&lt;/b&gt;, copy the &lt;b&gt;App ID&lt;/b&gt; and the &lt;b&gt;App secret&lt;/b&gt;. Hookline checks every webhook&apos;s signature with this secret; it is kept in your keyring or a file only you can read, never in the database.</source>
        <translation>No Painel de Apps da Meta (developers.facebook.com), abra o app que tem o WhatsApp. Em &lt;b&gt;Configurações do app → Básico&lt;/b&gt;, copie o &lt;b&gt;ID do app&lt;/b&gt; e a &lt;b&gt;chave secreta do app&lt;/b&gt;. O Hookline verifica a assinatura de cada webhook com essa chave secreta; ela fica guardada no seu chaveiro ou em um arquivo que só você pode ler, nunca no banco de dados.</translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation>&amp;ID do app</translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation>&amp;Chave secreta do app</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>O número de telefone</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;WhatsApp → API Setup&lt;/b&gt;, choose the number and copy its &lt;b&gt;Phone number ID&lt;/b&gt; and its &lt;b&gt;WhatsApp Business Account ID&lt;/b&gt;.</source>
        <translation>Em &lt;b&gt;WhatsApp → Configuração da API&lt;/b&gt;, escolha o número e copie o &lt;b&gt;ID do número de telefone&lt;/b&gt; e o &lt;b&gt;ID da conta do WhatsApp Business&lt;/b&gt; dele.</translation>
    </message>
    <message>
        <source>&amp;Phone number ID</source>
        <translation>ID do número de &amp;telefone</translation>
    </message>
    <message>
        <source>&amp;WhatsApp Business Account ID</source>
        <translation>ID da conta do &amp;WhatsApp Business</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Display number</source>
        <translation>Número &amp;exibido</translation>
    </message>
    <message>
        <source>Back in Meta: the webhook</source>
        <translation>De volta à Meta: o webhook</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;WhatsApp → Configuration → Webhook&lt;/b&gt;, choose &lt;b&gt;Edit&lt;/b&gt; and paste these two. Meta calls the URL once to check the token; Hookline answers it. Meta only calls public HTTPS addresses: put a tunnel or your reverse proxy in front of this receiver and use its address. Then subscribe to the &lt;b&gt;messages&lt;/b&gt; field.</source>
        <translation>Em &lt;b&gt;WhatsApp → Configuração → Webhook&lt;/b&gt;, escolha &lt;b&gt;Editar&lt;/b&gt; e cole estes dois valores. A Meta chama a URL uma vez para conferir o token, e o Hookline responde. A Meta só chama endereços HTTPS públicos: coloque um túnel ou o seu proxy reverso na frente deste receptor e use o endereço dele. Depois, assine o campo &lt;b&gt;messages&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;New token</source>
        <translation>N&amp;ovo token</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificação</translation>
    </message>
    <message>
        <source>&amp;Add the line</source>
        <translation>&amp;Adicionar a linha</translation>
    </message>
    <message>
        <source>(the receiver is not running)</source>
        <translation>(o receptor não está em execução)</translation>
    </message>
</context>
<context>
    <name>hookline::GraphClient</name>
    <message>
        <source>the answer was not JSON</source>
        <translation>a resposta não era JSON</translation>
    </message>
</context>
<context>
    <name>hookline::HealthCheckDialog</name>
    <message>
        <source>Health check</source>
        <translation>Verificação de integridade</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>the database, the apps and lines, the address, TLS, a signed test delivery and the handshake</source>
        <translation>o banco de dados, os apps e as linhas, o endereço, o TLS, uma entrega de teste assinada e o handshake</translation>
    </message>
    <message>
        <source>Not on PostgreSQL yet</source>
        <translation>Ainda não no PostgreSQL</translation>
    </message>
    <message>
        <source>The health check, like hookline doctor, checks a set-up with a SQLite database.
This console&apos;s database is a PostgreSQL server.
→ Each receiver answers GET /healthz; the lines pane shows what arrives.</source>
        <translation>A verificação de integridade, como o hookline doctor, verifica uma instalação com um banco de dados SQLite.
O banco de dados deste console é um servidor PostgreSQL.
→ Cada receptor responde a GET /healthz; o painel de linhas mostra o que chega.</translation>
    </message>
</context>
<context>
    <name>hookline::InspectorPanel</name>
    <message>
        <source>Text in the payload</source>
        <translation>Texto no payload</translation>
    </message>
    <message>
        <source>Line (phone_number_id)</source>
        <translation>Linha (phone_number_id)</translation>
    </message>
    <message>
        <source>Route, e.g. /webhook</source>
        <translation>Rota, ex.: /webhook</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Qualquer veredito</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reprodução</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer período</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Select a delivery to see its headers, body and trail.</source>
        <translation>Selecione uma entrega para ver os cabeçalhos, o corpo e o histórico.</translation>
    </message>
    <message>
        <source>Re&amp;process</source>
        <translation>&amp;Reprocessar</translation>
    </message>
    <message>
        <source>Process the selected delivery again</source>
        <translation>Processar novamente a entrega selecionada</translation>
    </message>
    <message>
        <source>Replay &amp;edited copy…</source>
        <translation>Reproduzir cópia &amp;editada…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Colar</translation>
    </message>
    <message>
        <source>Replay the webhook body on the clipboard</source>
        <translation>Reproduzir o corpo de webhook da área de transferência</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Endereço remoto</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>verified with the secret of app %1</source>
        <translation>verificada com a chave secreta do app %1</translation>
    </message>
    <message>
        <source>none: an operator&apos;s replay</source>
        <translation>nenhuma: reprodução feita por um operador</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinalizadores</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processamento</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Reprocess</source>
        <translation>Reprocessar</translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation>Selecione uma entrega primeiro.</translation>
    </message>
    <message>
        <source>Replay an edited copy</source>
        <translation>Reproduzir uma cópia editada</translation>
    </message>
    <message>
        <source>Replay an edited copy of delivery %1</source>
        <translation>Reproduzir uma cópia editada da entrega %1</translation>
    </message>
    <message>
        <source>edited copy of %1</source>
        <translation>cópia editada de %1</translation>
    </message>
    <message>
        <source>Import webhook bodies</source>
        <translation>Importar corpos de webhook</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Paste a webhook body</source>
        <translation>Colar um corpo de webhook</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>Stored as delivery %1 (replay); processing it.</source>
        <translation>Armazenada como entrega %1 (reprodução); processando.</translation>
    </message>
    <message>
        <source>Delivery %1 will be processed again.</source>
        <translation>A entrega %1 será processada novamente.</translation>
    </message>
    <message>
        <source>Delivery %1 is no longer in the log</source>
        <translation>A entrega %1 não está mais no registro</translation>
    </message>
</context>
<context>
    <name>hookline::JsonEditorDialog</name>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON válido</translation>
    </message>
    <message>
        <source>✗ Line %1, column %2: %3</source>
        <translation>✗ Linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>✗ A webhook body is a JSON object</source>
        <translation>✗ O corpo de um webhook deve ser um objeto JSON</translation>
    </message>
</context>
<context>
    <name>hookline::LineDelegate</name>
    <message>
        <source>receiving</source>
        <translation>recebendo</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>sem atividade</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>eventos com falha</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>%1/min · %2</source>
        <translation>%1/min · %2</translation>
    </message>
</context>
<context>
    <name>hookline::LineHealthModel</name>
    <message>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Limite de mensagens</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
</context>
<context>
    <name>hookline::LineListModel</name>
    <message>
        <source>All lines</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Every line&apos;s conversations</source>
        <translation>Conversas de todas as linhas</translation>
    </message>
    <message>
        <source>%1
Number: %2
Phone number id: %3
App: %4</source>
        <translation>%1
Número: %2
ID do número de telefone: %3
App: %4</translation>
    </message>
</context>
<context>
    <name>hookline::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
</context>
<context>
    <name>hookline::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation>Depuração e acima</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Informação e acima</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos e erros</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Somente erros</translation>
    </message>
    <message>
        <source>Text in the message, category or ids (e.g. delivery=12)</source>
        <translation>Texto na mensagem, categoria ou IDs (ex.: delivery=12)</translation>
    </message>
    <message>
        <source>Hookline&apos;s log (also in hookline.log beside the database).</source>
        <translation>Registro do Hookline (também em hookline.log, ao lado do banco de dados).</translation>
    </message>
</context>
<context>
    <name>hookline::MainWindow</name>
    <message>
        <source>Hookline</source>
        <translation>Hookline</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>No lines yet — add one.</source>
        <translation>Nenhuma linha ainda — adicione uma.</translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation>Adicionar uma linha…</translation>
    </message>
    <message>
        <source>Requests the receiver refused (bad or missing signatures, oversized bodies, ...). Kept up to a bounded number.</source>
        <translation>Solicitações que o receptor recusou (assinaturas inválidas ou ausentes, corpos grandes demais, ...). Mantidas até um número limitado.</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <source>Delivery &amp;statuses</source>
        <translation>&amp;Status de entrega</translation>
    </message>
    <message>
        <source>R&amp;eactions</source>
        <translation>&amp;Reações</translation>
    </message>
    <message>
        <source>&amp;Dead letters</source>
        <translation>&amp;Eventos com falha</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspetor</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Re&amp;jeitadas</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de erro</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer período</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import webhook files…</source>
        <translation>&amp;Importar arquivos de webhook…</translation>
    </message>
    <message>
        <source>&amp;Paste webhook</source>
        <translation>&amp;Colar webhook</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Test webhook &amp;composer…</source>
        <translation>Compositor de &amp;webhooks de teste…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>&amp;Verificação de integridade…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Hookline</source>
        <translation>&amp;Sobre o Hookline</translation>
    </message>
    <message>
        <source>About Hookline</source>
        <translation>Sobre o Hookline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookline %1&lt;/h3&gt;&lt;p&gt;An operator console with an embedded WhatsApp Business webhook receiver.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookline %1&lt;/h3&gt;&lt;p&gt;Um console de operador com receptor de webhooks do WhatsApp Business embutido.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nova atividade</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) changed on %1</source>
        <translation>
            <numerusform>%n conversa alterada em %1</numerusform>
            <numerusform>%n conversas alteradas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New dead letters</source>
        <translation>Novos eventos com falha</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery item(s) could not be processed.</source>
        <translation>
            <numerusform>%n item de entrega não pôde ser processado.</numerusform>
            <numerusform>%n itens de entrega não puderam ser processados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Experimentar com dados de exemplo</translation>
    </message>
    <message>
        <source>Opens a scratch database filled with sample webhooks for two demo lines; your own database is not touched.</source>
        <translation>Abre um banco de dados temporário preenchido com webhooks de exemplo para duas linhas de demonstração; o seu banco de dados não é alterado.</translation>
    </message>
    <message>
        <source>Hookline — DEMO: sample data, not your database</source>
        <translation>Hookline — DEMO: dados de exemplo, não o seu banco de dados</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Sample webhooks in a scratch database, sent through the receiver as Meta would.</source>
        <translation>Webhooks de exemplo em um banco de dados temporário, que passam pelo receptor como se viessem da Meta.</translation>
    </message>
    <message>
        <source>Back to my database</source>
        <translation>Voltar ao meu banco de dados</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Hookline alert — %1</source>
        <translation>Alerta do Hookline — %1</translation>
    </message>
    <message>
        <source>&amp;Account health</source>
        <translation>Saú&amp;de da conta</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>&amp;Regras de alerta…</translation>
    </message>
    <message>
        <source>Ale&amp;rts (%1)</source>
        <translation>A&amp;lertas (%1)</translation>
    </message>
    <message>
        <source>The latest reaction of each person on each message, newest first. Double-click or Enter opens the message.</source>
        <translation>A reação mais recente de cada pessoa em cada mensagem, mais recentes primeiro. Clique duas vezes ou pressione Enter para abrir a mensagem.</translation>
    </message>
    <message>
        <source>Outbound messages of the selected line. Double-click or Enter opens the message.</source>
        <translation>Mensagens enviadas pela linha selecionada. Clique duas vezes ou pressione Enter para abrir a mensagem.</translation>
    </message>
    <message>
        <source>Copy phone number &amp;id</source>
        <translation>Copiar &amp;ID do número de telefone</translation>
    </message>
    <message>
        <source>Copy &amp;callback URL</source>
        <translation>Copiar &amp;URL de callback</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Mover para cima</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>No reactions yet. When a customer reacts to a message with an emoji, it shows here.</source>
        <translation>Nenhuma reação ainda. Quando um cliente reagir a uma mensagem com um emoji, ela aparecerá aqui.</translation>
    </message>
    <message>
        <source>&amp;Open the message</source>
        <translation>&amp;Abrir a mensagem</translation>
    </message>
    <message>
        <source>Copy message &amp;id</source>
        <translation>Copiar &amp;ID da mensagem</translation>
    </message>
    <message>
        <source>Nothing was rejected: every request so far was signed by a known app and within the limits.</source>
        <translation>Nada foi rejeitado: até agora, todas as solicitações foram assinadas por um app conhecido e ficaram dentro dos limites.</translation>
    </message>
    <message>
        <source>Line %1 was added.</source>
        <translation>A linha %1 foi adicionada.</translation>
    </message>
    <message>
        <source>No delivery statuses yet: Meta has reported on nothing the business sent, or nothing matches the filters above.</source>
        <translation>Ainda não há status de entrega: a Meta não informou nada sobre o que a empresa enviou, ou nada corresponde aos filtros acima.</translation>
    </message>
    <message>
        <source>That message is not in any conversation Hookline has.</source>
        <translation>Essa mensagem não está em nenhuma conversa do Hookline.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+F  filter conversations
Ctrl+Shift+F  search messages and contacts
Alt+W  conversations whose service window closes within 1 h
Ctrl+0  all lines
Ctrl+1…9  the nth line
Ctrl+R  retry the selected dead letters
Ctrl+T  test webhook composer
Ctrl+Shift+V  replay the webhook on the clipboard
Ctrl+Q  quit</source>
        <translation>Ctrl+F  filtrar conversas
Ctrl+Shift+F  pesquisar mensagens e contatos
Alt+W  conversas cuja janela de atendimento fecha em menos de 1 h
Ctrl+0  todas as linhas
Ctrl+1…9  a enésima linha
Ctrl+R  tentar novamente os eventos com falha selecionados
Ctrl+T  compositor de webhooks de teste
Ctrl+Shift+V  reproduzir o webhook da área de transferência
Ctrl+Q  sair</translation>
    </message>
</context>
<context>
    <name>hookline::MediaFetcher</name>
    <message>
        <source>the line&apos;s app has no access token here; set one with: hookline apps token --app-id ID</source>
        <translation>o app da linha não tem token de acesso aqui; defina um com: hookline apps token --app-id ID</translation>
    </message>
    <message>
        <source>the Graph API gave no download address for media %1</source>
        <translation>a Graph API não informou um endereço de download para a mídia %1</translation>
    </message>
    <message>
        <source>the download address is not HTTPS; the token is not sent there</source>
        <translation>o endereço de download não é HTTPS; o token não é enviado para lá</translation>
    </message>
    <message>
        <source>%1 MB, over the media cap of %2 MB (Settings)</source>
        <translation>%1 MB, acima do limite de mídias de %2 MB (Configurações)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>more than the media cap of %1 MB (Settings)</source>
        <translation>mais que o limite de mídias de %1 MB (Configurações)</translation>
    </message>
    <message>
        <source>Meta no longer serves this media (HTTP %1)</source>
        <translation>A Meta não disponibiliza mais esta mídia (HTTP %1)</translation>
    </message>
    <message>
        <source>the download answered HTTP %1: the access token was refused (expired or revoked?); set a new one with: hookline apps token --app-id ID</source>
        <translation>o download respondeu HTTP %1: o token de acesso foi recusado (expirado ou revogado?); defina um novo com: hookline apps token --app-id ID</translation>
    </message>
    <message>
        <source>the download answered HTTP %1</source>
        <translation>o download respondeu HTTP %1</translation>
    </message>
    <message>
        <source>the download stalled: nothing came for %1 s</source>
        <translation>o download parou: nada chegou por %1 s</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>o download falhou: %1</translation>
    </message>
    <message>
        <source>the download broke off after %1 bytes: %2</source>
        <translation>o download foi interrompido após %1 bytes: %2</translation>
    </message>
    <message>
        <source>the download broke off: %1 of %2 bytes</source>
        <translation>o download foi interrompido: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the one Meta named; it was not kept</source>
        <translation>o SHA-256 do arquivo não é o que a Meta informou; ele não foi guardado</translation>
    </message>
    <message>
        <source>neither the webhook nor the Graph API named the file&apos;s SHA-256; it cannot be verified, so it is not downloaded</source>
        <translation>nem o webhook nem a Graph API informaram o SHA-256 do arquivo; ele não pode ser verificado, então não é baixado</translation>
    </message>
</context>
<context>
    <name>hookline::MediaViewer</name>
    <message>
        <source>Loading the picture…</source>
        <translation>Carregando a imagem…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>This picture cannot be shown here; Open shows it in the system&apos;s viewer.</source>
        <translation>Esta imagem não pode ser exibida aqui; Abrir a mostra no visualizador do sistema.</translation>
    </message>
</context>
<context>
    <name>hookline::MediaWorker</name>
    <message>
        <source>the media downloads are not running</source>
        <translation>os downloads de mídia não estão em execução</translation>
    </message>
    <message>
        <source>no media message %1 from Meta here (has it been processed?)</source>
        <translation>não há aqui nenhuma mensagem de mídia %1 vinda da Meta (ela já foi processada?)</translation>
    </message>
</context>
<context>
    <name>hookline::MessageCard</name>
    <message>
        <source> (voice note)</source>
        <translation> (mensagem de voz)</translation>
    </message>
    <message>
        <source> (animated)</source>
        <translation> (animada)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Flow reply</source>
        <translation>Resposta de Flow</translation>
    </message>
    <message>
        <source>List reply</source>
        <translation>Resposta de lista</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Resposta de botão</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>The customer opened the chat for the first time</source>
        <translation>O cliente abriu a conversa pela primeira vez</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>Tipo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>assunto</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Kept as received: a version of Hookline that knows this type shows it after a rebuild.</source>
        <translation>Mantido como foi recebido: uma versão do Hookline que conheça este tipo o exibirá depois que as projeções forem reconstruídas.</translation>
    </message>
    <message>
        <source>☎ Incoming call</source>
        <translation>☎ Chamada recebida</translation>
    </message>
    <message>
        <source>☎ Outgoing call</source>
        <translation>☎ Chamada efetuada</translation>
    </message>
    <message>
        <source>Answered · %1</source>
        <translation>Atendida · %1</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation>Recusada pelo cliente</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Não atendida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Tocando</translation>
    </message>
    <message>
        <source>☎ Call permission</source>
        <translation>☎ Permissão de chamada</translation>
    </message>
    <message>
        <source>Declined: the business may not call</source>
        <translation>Recusada: a empresa não pode ligar</translation>
    </message>
    <message>
        <source>Accepted: the business may call at any time</source>
        <translation>Aceita: a empresa pode ligar a qualquer momento</translation>
    </message>
    <message>
        <source>Accepted: the business may call until %1</source>
        <translation>Aceita: a empresa pode ligar até %1</translation>
    </message>
    <message>
        <source>Accepted: the business may call</source>
        <translation>Aceita: a empresa pode ligar</translation>
    </message>
    <message>
        <source>Answered automatically by the customer&apos;s settings</source>
        <translation>Respondida automaticamente pelas configurações do cliente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Grupo criado</translation>
    </message>
    <message>
        <source>Group “%1” created</source>
        <translation>Grupo “%1” criado</translation>
    </message>
    <message>
        <source>Group deleted</source>
        <translation>Grupo excluído</translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Novos participantes: %1</translation>
    </message>
    <message>
        <source>Left or removed: %1</source>
        <translation>Participantes que saíram ou foram removidos: %1</translation>
    </message>
    <message>
        <source>Asked to join: %1</source>
        <translation>Pedido para entrar: %1</translation>
    </message>
    <message>
        <source>Withdrew a join request: %1</source>
        <translation>Pedido para entrar retirado: %1</translation>
    </message>
    <message>
        <source>Group settings changed</source>
        <translation>Configurações do grupo alteradas</translation>
    </message>
    <message>
        <source>WhatsApp suspended this group</source>
        <translation>O WhatsApp suspendeu este grupo</translation>
    </message>
    <message>
        <source>The group&apos;s suspension was lifted</source>
        <translation>A suspensão do grupo foi retirada</translation>
    </message>
    <message>
        <source>Group change “%1”</source>
        <translation>Alteração de grupo “%1”</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>Atualização de %1 aplicada</translation>
    </message>
    <message>
        <source>%1 not updated</source>
        <translation>Atualização de %1 não aplicada</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Erros: %1</translation>
    </message>
</context>
<context>
    <name>hookline::MessageDelegate</name>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1 — Meta %2, received %3</source>
        <translation>%1 — Meta %2, recebido em %3</translation>
    </message>
    <message>
        <source>    error %1: %2</source>
        <translation>    erro %1: %2</translation>
    </message>
    <message>
        <source>Delivery timeline
</source>
        <translation>Histórico de entrega
</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Encaminhada com frequência</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Encaminhada</translation>
    </message>
    <message>
        <source>Reply — double-click to open</source>
        <translation>Resposta — clique duas vezes para abrir</translation>
    </message>
    <message>
        <source>Deleted by the sender</source>
        <translation>Apagada pelo remetente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>replayed</source>
        <translation>reproduzida</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <translation>%1 reagiu com %2</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>cobrada</translation>
    </message>
    <message>
        <source>free (customer service window)</source>
        <translation>gratuita (janela de atendimento ao cliente)</translation>
    </message>
    <message>
        <source>free (entry point window)</source>
        <translation>gratuita (janela de ponto de entrada)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuita</translation>
    </message>
    <message>
        <source>pricing: %1</source>
        <translation>precificação: %1</translation>
    </message>
    <message>
        <source>pricing: %1, %2</source>
        <translation>precificação: %1, %2</translation>
    </message>
    <message>
        <source>From the chat history</source>
        <translation>Do histórico da conversa</translation>
    </message>
    <message>
        <source>payment %1 — Meta %2</source>
        <translation>pagamento %1 — Meta %2</translation>
    </message>
    <message>
        <source>    %1 %2, reference %3</source>
        <translation>    %1 %2, referência %3</translation>
    </message>
    <message>
        <source>Not delivered. Meta gave no reason.</source>
        <translation>Não entregue. A Meta não informou o motivo.</translation>
    </message>
    <message>
        <source>Not delivered — error %1: %2</source>
        <translation>Não entregue — erro %1: %2</translation>
    </message>
    <message>
        <source>Business message</source>
        <translation>Mensagem da empresa</translation>
    </message>
    <message>
        <source>From a post</source>
        <translation>De uma publicação</translation>
    </message>
    <message>
        <source>From an ad</source>
        <translation>De um anúncio</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message numerus="yes">
        <source>%n business message(s)</source>
        <translation>
            <numerusform>%n mensagem da empresa</numerusform>
            <numerusform>%n mensagens da empresa</numerusform>
        </translation>
    </message>
    <message>
        <source>click to show them</source>
        <translation>clique para mostrá-las</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>accepted by Meta</source>
        <translation>aceito pela Meta</translation>
    </message>
    <message>
        <source>⚠ unknown whether Meta took it; not sent again</source>
        <translation>⚠ não se sabe se a Meta recebeu; não é enviado de novo</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Carregando a imagem…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>kept past the cap</source>
        <translation>mantida acima do limite</translation>
    </message>
    <message>
        <source>Downloading… %1% (%2 of %3)</source>
        <translation>Baixando… %1% (%2 de %3)</translation>
    </message>
    <message>
        <source>Not downloaded yet; trying again: %1</source>
        <translation>Ainda não baixada; nova tentativa em breve: %1</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <source>Expired: Meta no longer serves this file</source>
        <translation>Expirada: a Meta não disponibiliza mais este arquivo</translation>
    </message>
    <message>
        <source>Not downloaded: %1 is over the media cap (Settings)</source>
        <translation>Não baixada: %1 está acima do limite de mídias (Configurações)</translation>
    </message>
    <message>
        <source>Removed to keep the media folder under its cap.</source>
        <translation>Removida para manter a pasta de mídias abaixo do limite.</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Baixar de novo</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Não foi possível baixar: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>The file is not on this computer.</source>
        <translation>O arquivo não está neste computador.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Not downloaded: over the media cap (Settings)</source>
        <translation>Não baixada: acima do limite de mídias (Configurações)</translation>
    </message>
</context>
<context>
    <name>hookline::MessageListModel</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Original message not received</source>
        <translation>Mensagem original não recebida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>hookline::OperatorWorker</name>
    <message>
        <source>the database is not open</source>
        <translation>o banco de dados não está aberto</translation>
    </message>
</context>
<context>
    <name>hookline::ReactionModel</name>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removida)</translation>
    </message>
    <message>
        <source>A message Hookline has not seen</source>
        <translation>Uma mensagem que o Hookline não viu</translation>
    </message>
    <message>
        <source>Business message</source>
        <translation>Mensagem da empresa</translation>
    </message>
</context>
<context>
    <name>hookline::RejectionModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Endereço remoto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>hookline::ReplyComposer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modelo…</translation>
    </message>
    <message>
        <source>Send an approved template: the only kind of message that can reach a customer outside the service window</source>
        <translation>Enviar um modelo aprovado: o único tipo de mensagem que chega a um cliente fora da janela de atendimento</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>Não responder a esta mensagem</translation>
    </message>
    <message>
        <source>Unknown whether Meta took it: %1</source>
        <translation>Não se sabe se a Meta recebeu: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Replies are not available in this console</source>
        <translation>As respostas não estão disponíveis neste console</translation>
    </message>
    <message>
        <source>Type a reply; Enter sends it</source>
        <translation>Digite uma resposta; Enter envia</translation>
    </message>
    <message>
        <source>The service window is closed: send a template (Template…)</source>
        <translation>A janela de atendimento está fechada: envie um modelo (Modelo…)</translation>
    </message>
    <message>
        <source>The customer has not written yet: send a template (Template…)</source>
        <translation>O cliente ainda não escreveu: envie um modelo (Modelo…)</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Respondendo a: %1</translation>
    </message>
</context>
<context>
    <name>hookline::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search messages, file names and contacts</source>
        <translation>Pesquisar mensagens, nomes de arquivo e contatos</translation>
    </message>
    <message>
        <source>Search every line, or one</source>
        <translation>Pesquisar em todas as linhas ou em uma</translation>
    </message>
    <message>
        <source>&amp;Open the message</source>
        <translation>&amp;Abrir a mensagem</translation>
    </message>
    <message>
        <source>Copy message &amp;id</source>
        <translation>Copiar &amp;ID da mensagem</translation>
    </message>
    <message>
        <source>Copy the &amp;text</source>
        <translation>Copiar o &amp;texto</translation>
    </message>
    <message>
        <source>Type a word or a number. Accents and case do not matter; each word matches the start of a word.</source>
        <translation>Digite uma palavra ou um número. Acentos e maiúsculas não importam; cada palavra corresponde ao início de uma palavra.</translation>
    </message>
    <message>
        <source>The search failed; the log says why.</source>
        <translation>A pesquisa falhou; o registro diz o motivo.</translation>
    </message>
    <message>
        <source>Nothing to look for: type letters or digits.</source>
        <translation>Nada para pesquisar: digite letras ou dígitos.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or shorter words.</source>
        <translation>Nada corresponde a &quot;%1&quot;. Tente menos palavras ou palavras mais curtas.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest; narrow the search for older ones)</source>
        <translation> (as mais recentes; refine a pesquisa para ver as mais antigas)</translation>
    </message>
    <message>
        <source>Enter opens</source>
        <translation>Enter abre</translation>
    </message>
</context>
<context>
    <name>hookline::SearchHitDelegate</name>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
</context>
<context>
    <name>hookline::SettingsDialog</name>
    <message>
        <source>App id</source>
        <translation>ID do app</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificação</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>&amp;Notify of new messages and dead letters</source>
        <translation>&amp;Notificar sobre novas mensagens e eventos com falha</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>&amp;Mostrar chaves secretas</translation>
    </message>
    <message>
        <source>Add &amp;app…</source>
        <translation>Adicionar &amp;app…</translation>
    </message>
    <message>
        <source>&amp;Edit app…</source>
        <translation>&amp;Editar app…</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>Adicionar &amp;linha…</translation>
    </message>
    <message>
        <source>Edit l&amp;ine…</source>
        <translation>Ed&amp;itar linha…</translation>
    </message>
    <message>
        <source>Change a line&apos;s label, number or app, or mark it disabled</source>
        <translation>Alterar o nome, o número ou o app de uma linha, ou desativá-la</translation>
    </message>
    <message>
        <source>Meta apps</source>
        <translation>Apps da Meta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Receiver (changes apply at the next start)</source>
        <translation>Receptor (as alterações valem na próxima inicialização)</translation>
    </message>
    <message>
        <source>Callback URL (all lines)</source>
        <translation>URL de callback (todas as linhas)</translation>
    </message>
    <message>
        <source>&amp;Listen on (host:port)</source>
        <translation>Esc&amp;utar em (host:porta)</translation>
    </message>
    <message>
        <source>TLS &amp;certificate (PEM)</source>
        <translation>Cer&amp;tificado TLS (PEM)</translation>
    </message>
    <message>
        <source>TLS &amp;key (PEM)</source>
        <translation>C&amp;have TLS (PEM)</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Largest &amp;body</source>
        <translation>Tamanho máximo do &amp;corpo</translation>
    </message>
    <message>
        <source>Retry policy and notifications</source>
        <translation>Novas tentativas e notificações</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>First retry after up to</source>
        <translation>Primeira nova tentativa em até</translation>
    </message>
    <message>
        <source>Attempts before a dead letter</source>
        <translation>Tentativas antes de ir para a fila de falhas</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>&amp;Verificação de integridade…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Add a Meta app</source>
        <translation>Adicionar um app da Meta</translation>
    </message>
    <message>
        <source>Edit app %1</source>
        <translation>Editar app %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Chave secreta do app</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Adicionar uma linha</translation>
    </message>
    <message>
        <source>Edit line %1</source>
        <translation>Editar linha %1</translation>
    </message>
    <message>
        <source>Active (a disabled line shows greyed; its deliveries are still kept and processed)</source>
        <translation>Ativa (uma linha desativada aparece em cinza; as entregas dela continuam sendo guardadas e processadas)</translation>
    </message>
    <message>
        <source>WABA id</source>
        <translation>ID da WABA</translation>
    </message>
    <message>
        <source>Display number</source>
        <translation>Número exibido</translation>
    </message>
    <message>
        <source>Owning app</source>
        <translation>App responsável</translation>
    </message>
    <message>
        <source>Edit app</source>
        <translation>Editar app</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Selecione um app primeiro.</translation>
    </message>
    <message>
        <source>Add the Meta app that owns it first.</source>
        <translation>Adicione primeiro o app da Meta ao qual ela pertence.</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Editar linha</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Selecione uma linha primeiro.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time the console starts.</source>
        <translation>Entra em vigor na próxima vez que o console for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para sempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Deliveries older than this, and the messages, statuses and events they brought, are forgotten in the background, in the delivery log too. Takes effect the next time the console starts.</source>
        <translation>Entregas mais antigas que isso, e as mensagens, status e eventos que trouxeram, são esquecidas em segundo plano, também no registro de entregas. Entra em vigor na próxima vez que o console for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Keep deliveries for</source>
        <translation>&amp;Manter entregas por</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Customers&apos; photos, voice notes, videos and documents are downloaded beside the database, up to this much. Past it, the files viewed longest ago go first; pinned ones stay.</source>
        <translation>Fotos, mensagens de voz, vídeos e documentos dos clientes são baixados ao lado do banco de dados, até este tamanho. Acima dele, saem primeiro os arquivos vistos há mais tempo; os fixados ficam.</translation>
    </message>
    <message>
        <source>Keep downloaded &amp;media up to</source>
        <translation>Manter &amp;mídias baixadas até</translation>
    </message>
</context>
<context>
    <name>hookline::Sparkline</name>
    <message>
        <source>Webhooks accepted per second, last minute</source>
        <translation>Webhooks aceitos por segundo no último minuto</translation>
    </message>
</context>
<context>
    <name>hookline::TemplateDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>en_US, es, pt_BR…</source>
        <translation>pt_BR, en_US, es…</translation>
    </message>
    <message>
        <source>One per line: the first fills {{1}}, the next {{2}}…</source>
        <translation>Uma por linha: a primeira preenche {{1}}, a seguinte {{2}}…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variáveis</translation>
    </message>
    <message>
        <source>Only templates Meta approved for this line&apos;s account can be sent; their name and language are in WhatsApp Manager.</source>
        <translation>Só podem ser enviados modelos que a Meta aprovou para a conta desta linha; o nome e o idioma estão no WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&amp;Refresh from Meta</source>
        <translation>&amp;Atualizar da Meta</translation>
    </message>
    <message>
        <source>Type a template&apos;s name below</source>
        <translation>Digite abaixo o nome de um modelo</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Asking Meta for this line&apos;s templates…</source>
        <translation>Pedindo à Meta os modelos desta linha…</translation>
    </message>
    <message>
        <source>Reading the templates kept for this line…</source>
        <translation>Lendo os modelos guardados para esta linha…</translation>
    </message>
    <message>
        <source>Could not list the templates: %1</source>
        <translation>Não foi possível listar os modelos: %1</translation>
    </message>
    <message>
        <source>No templates kept yet: Refresh from Meta</source>
        <translation>Nenhum modelo guardado ainda: atualize da Meta</translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s)</source>
        <translation>
            <numerusform>%n modelo aprovado</numerusform>
            <numerusform>%n modelos aprovados</numerusform>
        </translation>
    </message>
    <message>
        <source>This template has no variables</source>
        <translation>Este modelo não tem variáveis</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): the first fills {{1}}, the next {{2}}…</source>
        <translation>
            <numerusform>%n linha: preenche {{1}}</numerusform>
            <numerusform>%n linhas: a primeira preenche {{1}}, a seguinte {{2}}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 is %2 at Meta, not approved: it cannot be sent yet</source>
        <translation>O modelo %1 está %2 na Meta, não aprovado: ainda não pode ser enviado</translation>
    </message>
</context>
<context>
    <name>hookline::TemplateHealthModel</name>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
</context>
</TS>

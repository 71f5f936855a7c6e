<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
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
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
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
        <source>Code</source>
        <translation>Código</translation>
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
        <source>Pick a group first.</source>
        <translation>Escolha um grupo primeiro.</translation>
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
        <source>Discarded %n dead letter(s).</source>
        <translation>
            <numerusform>%n evento com falha descartado.</numerusform>
            <numerusform>%n eventos com falha descartados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n dead letter(s)…</source>
        <translation>
            <numerusform>Tentando novamente %n evento com falha…</numerusform>
            <numerusform>Tentando novamente %n eventos com falha…</numerusform>
        </translation>
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
        <source>The latest reaction of each person on each message, newest first.</source>
        <translation>A reação mais recente de cada pessoa em cada mensagem, da mais nova para a mais antiga.</translation>
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
        <source>Outbound messages of the selected line.</source>
        <translation>Mensagens enviadas pela linha selecionada.</translation>
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
        <source>Ctrl+F  filter conversations
Ctrl+0  all lines
Ctrl+1…9  the nth line
Ctrl+R  retry the selected dead letters
Ctrl+T  test webhook composer
Ctrl+Shift+V  replay the webhook on the clipboard
Ctrl+Q  quit</source>
        <translation>Ctrl+F  filtrar conversas
Ctrl+0  todas as linhas
Ctrl+1…9  a linha de número n
Ctrl+R  tentar novamente os eventos com falha selecionados
Ctrl+T  compositor de webhooks de teste
Ctrl+Shift+V  reproduzir o webhook da área de transferência
Ctrl+Q  sair</translation>
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
        <source>Sent by the business</source>
        <translation>Enviada pela empresa</translation>
    </message>
    <message>
        <source>Its content is not part of the webhooks; only its statuses are.</source>
        <translation>O conteúdo dela não vem nos webhooks; só os status.</translation>
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
</context>
<context>
    <name>hookline::Sparkline</name>
    <message>
        <source>Webhooks accepted per second, last minute</source>
        <translation>Webhooks aceitos por segundo no último minuto</translation>
    </message>
</context>
</TS>

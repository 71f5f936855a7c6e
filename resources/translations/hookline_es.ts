<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <source>open the console with the embedded receiver (the default)</source>
        <translation>abrir la consola con el receptor integrado (opción predeterminada)</translation>
    </message>
    <message>
        <source>run the webhook receiver without the console</source>
        <translation>ejecutar el receptor de webhooks sin la consola</translation>
    </message>
    <message>
        <source>the Meta apps whose secrets verify deliveries</source>
        <translation>las apps de Meta cuyas claves secretas verifican las entregas</translation>
    </message>
    <message>
        <source>the business numbers (phone_number_id) and the app owning each</source>
        <translation>los números de empresa (phone_number_id) y la app a la que pertenece cada uno</translation>
    </message>
    <message>
        <source>the delivery log</source>
        <translation>el registro de entregas</translation>
    </message>
    <message>
        <source>store bodies (FILE...) as operator replays and process them</source>
        <translation>guardar cuerpos (FILE...) como reproducciones del operador y procesarlos</translation>
    </message>
    <message>
        <source>the projections as JSON (--line ID for one line)</source>
        <translation>las proyecciones en JSON (--line ID para una sola línea)</translation>
    </message>
    <message>
        <source>drop every projection and derive it again from the log</source>
        <translation>eliminar todas las proyecciones y volver a derivarlas del registro</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>eventos fallidos</translation>
    </message>
    <message>
        <source>check the set-up end to end and say what to fix</source>
        <translation>comprobar la configuración de extremo a extremo e indicar qué corregir</translation>
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
        <translation>Uso: hookline [COMANDO] [OPCIONES]

Hookline recibe los webhooks de WhatsApp Business de tus líneas y guarda cada entrega.

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
Cada comando acepta --db RUTA (por defecto: hookline.sqlite en la carpeta de datos del usuario),
antes o después del comando, y --help: `hookline apps list --help`. Sin comando, hookline
abre la consola: hookline [console] [--db RUTA] [--listen HOST:PUERTO] [--no-receiver].
</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>El archivo de base de datos (por defecto: %1).</translation>
    </message>
    <message>
        <source>Where app secrets and verify tokens are kept, readable by its owner only (default: $HOOKLINE_SECRETS_FILE, $CREDENTIALS_DIRECTORY/hookline-secrets, or the database file&apos;s path + .secrets).</source>
        <translation>Archivo donde se guardan las claves secretas de las apps y los tokens de verificación, que solo su propietario puede leer (por defecto: $HOOKLINE_SECRETS_FILE, $CREDENTIALS_DIRECTORY/hookline-secrets o la ruta del archivo de base de datos + .secrets).</translation>
    </message>
    <message>
        <source>The language of the messages: es, pt_BR or en (default: the system&apos;s).</source>
        <translation>El idioma de los mensajes: es, pt_BR o en (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>%1 wants one delivery id</source>
        <translation>%1 espera un único ID de entrega</translation>
    </message>
    <message>
        <source> (see &apos;%1 --help&apos;)
</source>
        <translation> (consulta &apos;%1 --help&apos;)
</translation>
    </message>
    <message>
        <source>Adds a Meta app. Reads the app secret, then the verify token, one per line, from stdin.</source>
        <translation>Añade una app de Meta. Lee de stdin la clave secreta de la app y después el token de verificación, uno por línea.</translation>
    </message>
    <message>
        <source>Meta&apos;s app id.</source>
        <translation>El ID de la app en Meta.</translation>
    </message>
    <message>
        <source>A name for people.</source>
        <translation>Un nombre descriptivo.</translation>
    </message>
    <message>
        <source>apps add needs --app-id</source>
        <translation>apps add necesita --app-id</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>no se puede leer stdin</translation>
    </message>
    <message>
        <source>no app secret on the first line of stdin</source>
        <translation>falta la clave secreta de la app en la primera línea de stdin</translation>
    </message>
    <message>
        <source>no verify token on the second line of stdin</source>
        <translation>falta el token de verificación en la segunda línea de stdin</translation>
    </message>
    <message>
        <source>Added app %1
</source>
        <translation>Se añadió la app %1
</translation>
    </message>
    <message>
        <source>Lists the Meta apps, their lines and where their secrets are kept (never the secrets).</source>
        <translation>Muestra las apps de Meta, sus líneas y dónde se guardan sus claves secretas (nunca las claves).</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text o json.</translation>
    </message>
    <message>
        <source>No apps yet. Add one with: hookline apps add --app-id ID
</source>
        <translation>Aún no hay apps. Añade una con: hookline apps add --app-id ID
</translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation>ID DE LA APP</translation>
    </message>
    <message>
        <source>Kept in %1: %2
</source>
        <translation>Se guardan en %1: %2
</translation>
    </message>
    <message>
        <source>New secrets go to %1
</source>
        <translation>Las claves secretas nuevas se guardarán en %1
</translation>
    </message>
    <message>
        <source>Adds a line (a business phone number).</source>
        <translation>Añade una línea (un número de teléfono de empresa).</translation>
    </message>
    <message>
        <source>Meta&apos;s phone_number_id.</source>
        <translation>El phone_number_id de Meta.</translation>
    </message>
    <message>
        <source>The Meta app that owns the line.</source>
        <translation>La app de Meta a la que pertenece la línea.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account id.</source>
        <translation>El ID de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>The number as people write it.</source>
        <translation>El número tal como lo escribe la gente.</translation>
    </message>
    <message>
        <source>Add the line switched off.</source>
        <translation>Añadir la línea desactivada.</translation>
    </message>
    <message>
        <source>lines add needs --phone-number-id and --app-id</source>
        <translation>lines add necesita --phone-number-id y --app-id</translation>
    </message>
    <message>
        <source>Added line %1 (app %2)
</source>
        <translation>Se añadió la línea %1 (app %2)
</translation>
    </message>
    <message>
        <source>Lists the lines (business phone numbers) and the app owning each.</source>
        <translation>Muestra las líneas (números de teléfono de empresa) y la app a la que pertenece cada una.</translation>
    </message>
    <message>
        <source>No lines yet. Add one with: hookline lines add --phone-number-id ID --app-id ID
</source>
        <translation>Aún no hay líneas. Añade una con: hookline lines add --phone-number-id ID --app-id ID
</translation>
    </message>
    <message>
        <source>PHONE NUMBER ID</source>
        <translation>ID DEL NÚMERO</translation>
    </message>
    <message>
        <source>%1 takes &apos;add&apos; or &apos;list&apos;</source>
        <translation>%1 admite &apos;add&apos; o &apos;list&apos;</translation>
    </message>
    <message>
        <source>Opens the console with the embedded receiver and processing.</source>
        <translation>Abre la consola con el receptor y el procesamiento integrados.</translation>
    </message>
    <message>
        <source>Address the embedded receiver listens on (default: the setting, 127.0.0.1:8080).</source>
        <translation>Dirección en la que escucha el receptor integrado (por defecto: la de la configuración, 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>Do not start the embedded receiver (look at the database; processing still runs).</source>
        <translation>No iniciar el receptor integrado (solo consultar la base de datos; el procesamiento sigue activo).</translation>
    </message>
    <message>
        <source>Quit after this long (for benchmarks and screenshots).</source>
        <translation>Salir tras este tiempo (para pruebas de rendimiento y capturas de pantalla).</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light, dark o system (por defecto).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Tamaño de la ventana, p. ej. 1920x1080.</translation>
    </message>
    <message>
        <source>Save a picture of each main view into this folder, then quit.</source>
        <translation>Guardar una captura de cada vista principal en esta carpeta y salir.</translation>
    </message>
    <message>
        <source>File name prefix for --screenshots.</source>
        <translation>Prefijo del nombre de archivo para --screenshots.</translation>
    </message>
    <message>
        <source>Try it with sample data: a scratch database (never yours) filled with sample webhooks for two demo lines through the receiver.</source>
        <translation>Probar con datos de ejemplo: una base de datos provisional (nunca la tuya) con webhooks de ejemplo para dos líneas de demostración, enviados a través del receptor.</translation>
    </message>
    <message>
        <source>--lang is one of: %1</source>
        <translation>--lang debe ser uno de: %1</translation>
    </message>
    <message>
        <source>--theme is light, dark or system</source>
        <translation>--theme debe ser light, dark o system</translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size debe ser ANCHOxALTO, p. ej. 1280x800</translation>
    </message>
    <message>
        <source>Lists stored deliveries, newest first, with their verdict and processing state.</source>
        <translation>Muestra las entregas guardadas, de la más reciente a la más antigua, con su veredicto y su estado de procesamiento.</translation>
    </message>
    <message>
        <source>How many, newest first (default 100).</source>
        <translation>Cuántas, empezando por la más reciente (por defecto 100).</translation>
    </message>
    <message>
        <source>--limit wants a positive number</source>
        <translation>--limit espera un número positivo</translation>
    </message>
    <message>
        <source>No deliveries yet.
</source>
        <translation>Aún no hay entregas.
</translation>
    </message>
    <message>
        <source>RECEIVED (UTC)</source>
        <translation>RECIBIDO (UTC)</translation>
    </message>
    <message>
        <source>Shows one delivery: its headers, body and processing trail.</source>
        <translation>Muestra una entrega: sus encabezados, su cuerpo y su historial de procesamiento.</translation>
    </message>
    <message>
        <source>Write the exact stored body bytes.</source>
        <translation>Escribir los bytes exactos del cuerpo guardado.</translation>
    </message>
    <message>
        <source>Only the delivery&apos;s history, one step per line.</source>
        <translation>Solo el historial de la entrega, un paso por línea.</translation>
    </message>
    <message>
        <source>The delivery id.</source>
        <translation>El ID de la entrega.</translation>
    </message>
    <message>
        <source>deliveries takes &apos;list&apos;, &apos;show&apos; or &apos;reprocess&apos;</source>
        <translation>deliveries admite &apos;list&apos;, &apos;show&apos; o &apos;reprocess&apos;</translation>
    </message>
    <message>
        <source>Checks the database, the configuration, the listen address, the TLS certificate, a signed delivery and the handshake end to end, and quiet lines.</source>
        <translation>Comprueba la base de datos, la configuración, la dirección de escucha, el certificado TLS, una entrega firmada y el intercambio de verificación de extremo a extremo, y las líneas sin actividad.</translation>
    </message>
    <message>
        <source>Address the receiver listens on.</source>
        <translation>Dirección en la que escucha el receptor.</translation>
    </message>
    <message>
        <source>PEM certificate chain to check.</source>
        <translation>Cadena de certificados PEM que se comprobará.</translation>
    </message>
    <message>
        <source>PEM private key to check.</source>
        <translation>Clave privada PEM que se comprobará.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (por defecto) o json.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key deben indicarse juntos</translation>
    </message>
    <message>
        <source>All %1 checks passed.
</source>
        <translation>Se superaron las %1 comprobaciones.
</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed.
</source>
        <translation>Fallaron %1 de %2 comprobaciones.
</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, got &apos;%1&apos;</source>
        <translation>--listen espera HOST:PUERTO, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen has an invalid port in &apos;%1&apos;</source>
        <translation>--listen tiene un puerto no válido en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen has an invalid host in &apos;%1&apos;</source>
        <translation>--listen tiene un host no válido en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>json or text (default: text on a terminal, else json).</source>
        <translation>json o text (por defecto: text en un terminal y, si no, json).</translation>
    </message>
    <message>
        <source>debug, info (default), warning or error; QT_LOGGING_RULES applies too.</source>
        <translation>debug, info (por defecto), warning o error; QT_LOGGING_RULES también se aplica.</translation>
    </message>
    <message>
        <source>Log file, rotated at 5 MiB (default: hookline.log beside the database).</source>
        <translation>Archivo de registro, rotado al llegar a 5 MiB (por defecto: hookline.log junto a la base de datos).</translation>
    </message>
    <message>
        <source>Write no log file.</source>
        <translation>No escribir archivo de registro.</translation>
    </message>
    <message>
        <source>--log-format is json or text</source>
        <translation>--log-format debe ser json o text</translation>
    </message>
    <message>
        <source>--log-level is debug, info, warning or error</source>
        <translation>--log-level debe ser debug, info, warning o error</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2</source>
        <translation>comando desconocido &apos;%1&apos;; los comandos son %2</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 admite uno de: %2</translation>
    </message>
    <message>
        <source>Usage: hookline %1 %2 [options]
%3

</source>
        <translation>Uso: hookline %1 %2 [opciones]
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
        <translation>--db %1: %2 aún no funciona con PostgreSQL; indica un archivo SQLite</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: queued; the processing turn is held by %2, which processes it
</source>
        <translation>%1: en cola; el turno de procesamiento lo tiene %2, que se encargará de procesarlo
</translation>
    </message>
    <message>
        <source>%1: %2 deliveries processed, %3 items projected, %4 already known, %5 retrying, %6 dead letters
</source>
        <translation>%1: %2 entregas procesadas, %3 elementos proyectados, %4 ya conocidos, %5 en reintento, %6 eventos fallidos
</translation>
    </message>
    <message>
        <source>Lists the dead letters: items processing gave up on, with the reason.</source>
        <translation>Muestra los eventos fallidos: elementos cuyo procesamiento se abandonó, con el motivo.</translation>
    </message>
    <message>
        <source>dead, retrying, retried or discarded.</source>
        <translation>dead, retrying, retried o discarded.</translation>
    </message>
    <message>
        <source>Only this reason.</source>
        <translation>Solo este motivo.</translation>
    </message>
    <message>
        <source>Only this line.</source>
        <translation>Solo esta línea.</translation>
    </message>
    <message>
        <source>No dead letters.
</source>
        <translation>No hay eventos fallidos.
</translation>
    </message>
    <message>
        <source>%1  %2  %3  delivery %4  %5  attempts %6
    %7
</source>
        <translation>%1  %2  %3  entrega %4  %5  intentos %6
    %7
</translation>
    </message>
    <message>
        <source>Processes dead letters again: by id, or --all, --reason, --line.</source>
        <translation>Vuelve a procesar eventos fallidos: por ID, o con --all, --reason, --line.</translation>
    </message>
    <message>
        <source>Discards dead letters by id; their deliveries stay in the log.</source>
        <translation>Descarta eventos fallidos por ID; sus entregas se conservan en el registro.</translation>
    </message>
    <message>
        <source>Every dead letter (with --reason/--line: those).</source>
        <translation>Todos los eventos fallidos (con --reason/--line: los que coincidan).</translation>
    </message>
    <message>
        <source>Dead letter ids.</source>
        <translation>IDs de los eventos fallidos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dead letter id</source>
        <translation>&apos;%1&apos; no es un ID de evento fallido</translation>
    </message>
    <message>
        <source>dlq retry wants ids, or --all / --reason / --line</source>
        <translation>dlq retry espera IDs, o --all / --reason / --line</translation>
    </message>
    <message>
        <source>dlq discard wants dead letter ids</source>
        <translation>dlq discard espera IDs de eventos fallidos</translation>
    </message>
    <message>
        <source>%1 dead letter(s) discarded
</source>
        <translation>%1 evento(s) fallido(s) descartado(s)
</translation>
    </message>
    <message>
        <source>%1 dead letter(s) queued for another attempt
</source>
        <translation>%1 evento(s) fallido(s) en cola para otro intento
</translation>
    </message>
    <message>
        <source>Stores webhook bodies as operator replays (no signature, marked &apos;replay&apos;) and processes them.</source>
        <translation>Guarda cuerpos de webhook como reproducciones del operador (sin firma, marcadas como &apos;replay&apos;) y los procesa.</translation>
    </message>
    <message>
        <source>JSON bodies (&apos;-&apos; reads stdin).</source>
        <translation>Cuerpos JSON (&apos;-&apos; lee de stdin).</translation>
    </message>
    <message>
        <source>replay wants at least one file</source>
        <translation>replay espera al menos un archivo</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>Writes the projections as JSON to stdout.</source>
        <translation>Escribe las proyecciones en JSON en stdout.</translation>
    </message>
    <message>
        <source>json (the only format).</source>
        <translation>json (el único formato).</translation>
    </message>
    <message>
        <source>export writes --format json only</source>
        <translation>export solo admite --format json</translation>
    </message>
    <message>
        <source>Drops every projection and derives it again from the delivery log.</source>
        <translation>Elimina todas las proyecciones y las vuelve a derivar del registro de entregas.</translation>
    </message>
    <message>
        <source>Processes one stored delivery again (processing it twice changes nothing).</source>
        <translation>Vuelve a procesar una entrega guardada (procesarla dos veces no cambia nada).</translation>
    </message>
    <message>
        <source>dlq takes &apos;list&apos;, &apos;retry&apos; or &apos;discard&apos;</source>
        <translation>dlq admite &apos;list&apos;, &apos;retry&apos; o &apos;discard&apos;</translation>
    </message>
    <message>
        <source>--%1 wants a positive number</source>
        <translation>--%1 espera un número positivo</translation>
    </message>
    <message>
        <source>Runs the webhook receiver without the console, until SIGINT or SIGTERM.</source>
        <translation>Ejecuta el receptor de webhooks sin la consola, hasta recibir SIGINT o SIGTERM.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1:8080).</source>
        <translation>Dirección en la que escuchar (por defecto 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>PEM certificate chain for HTTPS.</source>
        <translation>Cadena de certificados PEM para HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS.</source>
        <translation>Clave privada PEM para HTTPS.</translation>
    </message>
    <message>
        <source>Largest accepted body; larger ones get 413 (default 3145728).</source>
        <translation>Tamaño máximo de cuerpo aceptado; los mayores reciben 413 (por defecto 3145728).</translation>
    </message>
    <message>
        <source>Time allowed for a request&apos;s headers (default 10000).</source>
        <translation>Tiempo permitido para los encabezados de una solicitud (por defecto 10000).</translation>
    </message>
    <message>
        <source>Time allowed for a whole request (default 30000).</source>
        <translation>Tiempo permitido para una solicitud completa (por defecto 30000).</translation>
    </message>
    <message>
        <source>Idle keep-alive connections are closed after this (default 60000).</source>
        <translation>Las conexiones keep-alive inactivas se cierran tras este tiempo (por defecto 60000).</translation>
    </message>
    <message>
        <source>Most connections one client address may hold open; more are refused (default 256).</source>
        <translation>Máximo de conexiones abiertas por dirección de cliente; las demás se rechazan (por defecto 256).</translation>
    </message>
    <message>
        <source>Most deliveries processed per processing commit (default 1000).</source>
        <translation>Máximo de entregas procesadas por transacción de procesamiento (por defecto 1000).</translation>
    </message>
    <message>
        <source>PostgreSQL: how long a processor&apos;s turn lasts unrenewed; another serve takes over that long after one dies (default 15000).</source>
        <translation>PostgreSQL: cuánto dura el turno de un procesador sin renovarse; otra instancia de serve toma el relevo ese tiempo después de que una caiga (por defecto 15000).</translation>
    </message>
    <message>
        <source>SQLite synchronous mode: full (default, survives power loss) or normal.</source>
        <translation>Modo synchronous de SQLite: full (por defecto, resiste cortes de corriente) o normal.</translation>
    </message>
    <message>
        <source>serve takes no arguments</source>
        <translation>serve no admite argumentos</translation>
    </message>
    <message>
        <source>--synchronous is full or normal</source>
        <translation>--synchronous debe ser full o normal</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>esta compilación no admite TLS</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate %1</source>
        <translation>no se puede leer el certificado TLS %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1</source>
        <translation>no se puede leer la clave TLS %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key</source>
        <translation>%1 no contiene ninguna clave privada PEM RSA o EC</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>LINES</source>
        <translation>LÍNEAS</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>set</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation>NÚMERO VISIBLE</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>ACTIVE
</source>
        <translation>ACTIVA
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VEREDICTO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the credentials file %1</source>
        <translation>el archivo de credenciales %1</translation>
    </message>
    <message>
        <source>nowhere on this machine</source>
        <translation>en ningún lugar de este equipo</translation>
    </message>
    <message>
        <source>the console takes no arguments: &apos;%1&apos;</source>
        <translation>la consola no admite argumentos: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Lists the alerts the rules raised, newest first: those not acknowledged yet, or all of them.</source>
        <translation>Muestra las alertas que generaron las reglas, de la más reciente a la más antigua: las que aún no se han reconocido o todas.</translation>
    </message>
    <message>
        <source>Acknowledged ones too.</source>
        <translation>También las reconocidas.</translation>
    </message>
    <message>
        <source>No alerts.
</source>
        <translation>No hay alertas.
</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>reconocida por %1</translation>
    </message>
    <message>
        <source>, cleared</source>
        <translation>, resuelta</translation>
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
        <translation>Reconoce alertas (ID...): registra quién las vio y cuándo.</translation>
    </message>
    <message>
        <source>Who acknowledges (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quién las reconoce (por defecto: $HOOKLINE_OPERATOR o, si no, el usuario).</translation>
    </message>
    <message>
        <source>Alert ids.</source>
        <translation>IDs de las alertas.</translation>
    </message>
    <message>
        <source>alerts ack wants alert ids</source>
        <translation>alerts ack espera IDs de alertas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation>&apos;%1&apos; no es un ID de alerta</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged by %2.
</source>
        <translation>Alerta %1 reconocida por %2.
</translation>
    </message>
    <message>
        <source>Changes alert rules: KEY=VALUE... with the keys &apos;alerts rules&apos; shows (true/false, numbers, or the webhook URL; an empty URL stops the POSTs).</source>
        <translation>Cambia las reglas de alerta: KEY=VALUE... con las claves que muestra &apos;alerts rules&apos; (true/false, números o la URL del webhook; una URL vacía detiene los POST).</translation>
    </message>
    <message>
        <source>Shows the alert rules as JSON.</source>
        <translation>Muestra las reglas de alerta en JSON.</translation>
    </message>
    <message>
        <source>Rule settings.</source>
        <translation>Ajustes de las reglas.</translation>
    </message>
    <message>
        <source>alerts set wants KEY=VALUE settings</source>
        <translation>alerts set espera ajustes KEY=VALUE</translation>
    </message>
    <message>
        <source>unknown alert setting &apos;%1&apos;</source>
        <translation>ajuste de alerta desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a %2 value</source>
        <translation>&apos;%1&apos; necesita como valor %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>Alert POSTs are signed: X-Hookline-Signature-256 is sha256= and the HMAC-SHA256 of the body with the key the console&apos;s Tools &gt; Alert rules shows (kept with the app secrets).
</source>
        <translation>Los POST de alerta van firmados: X-Hookline-Signature-256 es sha256= seguido del HMAC-SHA256 del cuerpo con la clave que muestra Herramientas &gt; Reglas de alerta en la consola (guardada junto a las claves secretas de las apps).
</translation>
    </message>
    <message>
        <source>alerts takes &apos;list&apos;, &apos;ack&apos;, &apos;rules&apos; or &apos;set&apos;</source>
        <translation>alerts admite &apos;list&apos;, &apos;ack&apos;, &apos;rules&apos; o &apos;set&apos;</translation>
    </message>
    <message>
        <source>what the alert rules raised, and the rules</source>
        <translation>las alertas que generaron las reglas, y las reglas</translation>
    </message>
    <message>
        <source>find messages and contacts by their words (QUERY...)</source>
        <translation>buscar mensajes y contactos por sus palabras (QUERY...)</translation>
    </message>
    <message>
        <source>Finds messages (text, captions, file names, places) and contacts (names, usernames, numbers) whose words start with the query&apos;s words, accents and case aside. Grouped by conversation, newest first.</source>
        <translation>Busca mensajes (texto, pies de foto, nombres de archivo, lugares) y contactos (nombres, nombres de usuario, números) cuyas palabras empiezan por las de la consulta, sin importar tildes ni mayúsculas. Agrupados por conversación, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Las palabras que buscar.</translation>
    </message>
    <message>
        <source>At most this many messages (default 50).</source>
        <translation>Como máximo, esta cantidad de mensajes (por defecto 50).</translation>
    </message>
    <message>
        <source>search wants something to look for</source>
        <translation>search espera algo que buscar</translation>
    </message>
    <message>
        <source>--format is text or json</source>
        <translation>--format es text o json</translation>
    </message>
    <message>
        <source>Nothing to look for: the query has no letters or digits.
</source>
        <translation>Nada que buscar: la consulta no tiene letras ni dígitos.
</translation>
    </message>
    <message>
        <source>No message or contact matches.
</source>
        <translation>Ningún mensaje ni contacto coincide.
</translation>
    </message>
    <message>
        <source>  contact  %1
</source>
        <translation>  contacto  %1
</translation>
    </message>
    <message>
        <source>(more messages match; narrow the query or raise --limit)
</source>
        <translation>(hay más mensajes que coinciden; precisa la consulta o sube --limit)
</translation>
    </message>
    <message>
        <source>forget a person (--contact ID), in the log too</source>
        <translation>olvidar a una persona (--contact ID), también en el registro</translation>
    </message>
    <message>
        <source>Forgets a person: their messages, statuses, reactions, calls, contact and search entries, and their parts of the delivery log (rewritten with a tombstone, so a rebuild does not bring them back). Recorded in the audit trail without what they said.</source>
        <translation>Olvida a una persona: sus mensajes, estados, reacciones, llamadas, contacto y entradas de búsqueda, y sus partes del registro de entregas (reescritas con una marca de borrado, para que una reconstrucción no las recupere). Queda constancia en el registro de auditoría, sin lo que dijo.</translation>
    </message>
    <message>
        <source>The person: their number (wa_id) or user id.</source>
        <translation>La persona: su número (wa_id) o su ID de usuario.</translation>
    </message>
    <message>
        <source>Only on this line (default: every line).</source>
        <translation>Solo en esta línea (por defecto: en todas).</translation>
    </message>
    <message>
        <source>Who erases (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quién borra (por defecto: $HOOKLINE_OPERATOR o, si no, el usuario).</translation>
    </message>
    <message>
        <source>erase wants --contact ID</source>
        <translation>erase espera --contact ID</translation>
    </message>
    <message>
        <source>erased %1: %2 message(s), %3 conversation(s); %4 deliveries rewritten (%5 items)
</source>
        <translation>borrado %1: %2 mensaje(s), %3 conversación(es); %4 entregas reescritas (%5 elementos)
</translation>
    </message>
    <message>
        <source>note: another process was reading the database, so its WAL still holds old pages until it is checkpointed; close the console or run this again
</source>
        <translation>nota: otro proceso estaba leyendo la base de datos, así que su WAL conserva páginas antiguas hasta el próximo checkpoint; cierra la consola o vuelve a ejecutar el comando
</translation>
    </message>
    <message>
        <source>Only what is held about this person (number or user id), the delivery log&apos;s parts that name them included: an access request.</source>
        <translation>Solo lo que se guarda sobre esta persona (número o ID de usuario), incluidas las partes del registro de entregas que la nombran: una solicitud de acceso.</translation>
    </message>
    <message>
        <source>forget what is older than --older-than DAYS, in the log too</source>
        <translation>olvidar lo que tenga más de --older-than DÍAS, también en el registro</translation>
    </message>
    <message>
        <source>Forgets deliveries received more than DAYS days ago, and what they produced (messages, statuses, reactions, calls, events, search entries), so a rebuild gives the same views. Conversations keep what is younger; one with nothing left goes. Recorded in the audit trail.</source>
        <translation>Olvida las entregas recibidas hace más de DÍAS días y lo que produjeron (mensajes, estados, reacciones, llamadas, eventos, entradas de búsqueda), de modo que una reconstrucción da las mismas vistas. Las conversaciones conservan lo más reciente; una que se queda vacía desaparece. Queda constancia en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Age in days of what goes (at least 1).</source>
        <translation>Antigüedad en días de lo que se borra (al menos 1).</translation>
    </message>
    <message>
        <source>Who prunes (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quién elimina (por defecto: $HOOKLINE_OPERATOR; si no, el usuario).</translation>
    </message>
    <message>
        <source>prune takes no arguments</source>
        <translation>prune no admite argumentos</translation>
    </message>
    <message>
        <source>prune wants --older-than DAYS, a whole number of days from 1</source>
        <translation>prune necesita --older-than DÍAS, un número entero de días desde 1</translation>
    </message>
    <message numerus="yes">
        <source>pruned what is older than %n day(s): </source>
        <translation>
            <numerusform>eliminado lo que tiene más de %n día: </numerusform>
            <numerusform>eliminado lo que tiene más de %n días: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deliveries, %2 rejection(s), %3 message(s); %4 conversation(s) had nothing left
</source>
        <translation>%1 entregas, %2 rechazo(s), %3 mensaje(s); %4 conversación(es) se quedaron vacías
</translation>
    </message>
    <message>
        <source>Forget deliveries older than this many days, and what they produced, in the background (default: keep everything).</source>
        <translation>Olvidar en segundo plano las entregas con más de ese número de días y lo que produjeron (por defecto: conservarlo todo).</translation>
    </message>
    <message>
        <source>send a message from a line through the Graph API</source>
        <translation>enviar un mensaje desde una línea por la Graph API</translation>
    </message>
    <message>
        <source>The Graph API&apos;s address (default: $HOOKLINE_GRAPH_URL, else %1).</source>
        <translation>La dirección de la Graph API (por defecto: $HOOKLINE_GRAPH_URL, si no %1).</translation>
    </message>
    <message>
        <source>The Graph API version (default: %1).</source>
        <translation>La versión de la Graph API (por defecto: %1).</translation>
    </message>
    <message>
        <source>--graph-url %1 is not an http(s) address</source>
        <translation>--graph-url %1 no es una dirección http(s)</translation>
    </message>
    <message>
        <source>--graph-version %1 is not a version such as %2</source>
        <translation>--graph-version %1 no es una versión como %2</translation>
    </message>
    <message>
        <source>Keeps an app&apos;s Graph API access token, for media and sends. Reads it from the first line of stdin; it is kept where the app secret is, never in the database.</source>
        <translation>Guarda el token de acceso a la Graph API de una app, para multimedia y envíos. Lo lee de la primera línea de stdin; se guarda donde está el secreto de la app, nunca en la base de datos.</translation>
    </message>
    <message>
        <source>apps token needs --app-id</source>
        <translation>apps token necesita --app-id</translation>
    </message>
    <message>
        <source>no access token on the first line of stdin</source>
        <translation>no hay token de acceso en la primera línea de stdin</translation>
    </message>
    <message>
        <source>Kept the access token of app %1
</source>
        <translation>Token de acceso de la app %1 guardado
</translation>
    </message>
    <message>
        <source>SECRET / VERIFY TOKEN / ACCESS TOKEN
</source>
        <translation>SECRETO / TOKEN DE VERIFICACIÓN / TOKEN DE ACCESO
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 takes &apos;add&apos;, &apos;list&apos; or &apos;token&apos;</source>
        <translation>%1 admite &apos;add&apos;, &apos;list&apos; o &apos;token&apos;</translation>
    </message>
    <message>
        <source>Sends a message from a line through the Graph API and prints the id Meta gives it. Free text and reactions need the customer&apos;s service window open (24 h after their last message); outside it only a template can be sent. A send whose answer is lost is recorded as unknown and never sent again. Each send is in the audit trail.</source>
        <translation>Envía un mensaje desde una línea por la Graph API e imprime el id que le da Meta. El texto libre y las reacciones necesitan abierta la ventana de atención al cliente (24 h tras su último mensaje); fuera de ella solo se puede enviar una plantilla. Un envío cuya respuesta se pierde queda como desconocido y nunca se vuelve a enviar. Cada envío queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The sending line&apos;s phone number id.</source>
        <translation>El phone number id de la línea que envía.</translation>
    </message>
    <message>
        <source>The customer: their WhatsApp number or user id.</source>
        <translation>El cliente: su número de WhatsApp o su id de usuario.</translation>
    </message>
    <message>
        <source>Free text to send.</source>
        <translation>Texto libre para enviar.</translation>
    </message>
    <message>
        <source>An approved template&apos;s name.</source>
        <translation>El nombre de una plantilla aprobada.</translation>
    </message>
    <message>
        <source>The template&apos;s language code (such as en_US).</source>
        <translation>El código de idioma de la plantilla (como es_ES).</translation>
    </message>
    <message>
        <source>A template variable, {{1}} first; repeat for each one.</source>
        <translation>Una variable de la plantilla, {{1}} primero; repita para cada una.</translation>
    </message>
    <message>
        <source>React to --reply-to&apos;s message with this emoji.</source>
        <translation>Reaccionar al mensaje de --reply-to con este emoji.</translation>
    </message>
    <message>
        <source>The message answered (or reacted to).</source>
        <translation>El mensaje al que se responde (o se reacciona).</translation>
    </message>
    <message>
        <source>Who sends (default: $HOOKLINE_OPERATOR, else the user).</source>
        <translation>Quién envía (por defecto: $HOOKLINE_OPERATOR, si no el usuario).</translation>
    </message>
    <message>
        <source>send takes no arguments</source>
        <translation>send no admite argumentos</translation>
    </message>
    <message>
        <source>send wants --line, --to and one of --text, --template or --react</source>
        <translation>send necesita --line, --to y uno de --text, --template o --react</translation>
    </message>
    <message>
        <source>--template and --lang go together</source>
        <translation>--template y --lang van juntos</translation>
    </message>
    <message>
        <source>--param fills a template&apos;s variables; give --template</source>
        <translation>--param rellena las variables de una plantilla; indique --template</translation>
    </message>
    <message>
        <source>send %1 is unknown: %2</source>
        <translation>el envío %1 es desconocido: %2</translation>
    </message>
    <message>
        <source>send %1 failed: %2</source>
        <translation>el envío %1 falló: %2</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>a line&apos;s message templates (--refresh: from the Graph API)</source>
        <translation>las plantillas de mensaje de una línea (--refresh: desde la Graph API)</translation>
    </message>
    <message>
        <source>--graph-url %1: plain http only to this machine (localhost); use https</source>
        <translation>--graph-url %1: http sin cifrar solo hacia esta máquina (localhost); use https</translation>
    </message>
    <message>
        <source>Lists the message templates of a line&apos;s WhatsApp business account: their name, language, category, status and number of variables. --refresh lists them again from the Graph API (with the line&apos;s app&apos;s access token) and keeps them for the console&apos;s picker.</source>
        <translation>Lista las plantillas de mensaje de la cuenta de WhatsApp Business de una línea: nombre, idioma, categoría, estado y número de variables. --refresh las vuelve a pedir a la Graph API (con el token de acceso de la app de la línea) y las guarda para el selector de la consola.</translation>
    </message>
    <message>
        <source>The line&apos;s phone number id.</source>
        <translation>El phone number id de la línea.</translation>
    </message>
    <message>
        <source>List them again from the Graph API.</source>
        <translation>Volver a pedirlas a la Graph API.</translation>
    </message>
    <message>
        <source>templates wants --line ID</source>
        <translation>templates necesita --line ID</translation>
    </message>
    <message>
        <source>No templates kept for line %1. List them from Meta with: hookline templates --line %1 --refresh
</source>
        <translation>No hay plantillas guardadas para la línea %1. Pídalas a Meta con: hookline templates --line %1 --refresh
</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>customers&apos; media and their downloads (fetch WAMID: now)</source>
        <translation>multimedia de los clientes y sus descargas (fetch WAMID: ahora)</translation>
    </message>
    <message>
        <source>Where downloaded media are kept (default: beside the database).</source>
        <translation>Dónde se guardan los archivos descargados (por defecto: junto a la base de datos).</translation>
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
        <translation>media admite &apos;list&apos; o &apos;fetch&apos;</translation>
    </message>
    <message>
        <source>Lists the media customers sent (newest first) and where each download stands: pending, stored, failed, expired (Meta no longer serves it), too_large (over the cap) or evicted (removed to keep under the cap).</source>
        <translation>Muestra los archivos que enviaron los clientes (los más recientes primero) y el estado de cada descarga: pending, stored, failed, expired (Meta ya no lo ofrece), too_large (supera el límite) o evicted (eliminado para no superar el límite).</translation>
    </message>
    <message>
        <source>Only this line&apos;s.</source>
        <translation>Solo los de esta línea.</translation>
    </message>
    <message>
        <source>Only those in this state.</source>
        <translation>Solo los que están en este estado.</translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation>Como máximo esta cantidad (por defecto 1000).</translation>
    </message>
    <message>
        <source>media list takes --line, --state, --limit N and --format</source>
        <translation>media list admite --line, --state, --limit N y --format</translation>
    </message>
    <message>
        <source>No media here yet.
</source>
        <translation>Aún no hay archivos multimedia.
</translation>
    </message>
    <message>
        <source>Downloads the media of message WAMID now, with the line&apos;s app&apos;s access token, verifies its SHA-256, keeps it and prints where. Exit status 1 when it could not be kept, with the reason.</source>
        <translation>Descarga ahora el archivo del mensaje WAMID con el token de acceso de la app de la línea, verifica su SHA-256, lo guarda e indica dónde. Código de salida 1, con el motivo, si no se pudo guardar.</translation>
    </message>
    <message>
        <source>The line, when the wamid is on more than one.</source>
        <translation>La línea, cuando el wamid está en más de una.</translation>
    </message>
    <message>
        <source>The message&apos;s id.</source>
        <translation>El ID del mensaje.</translation>
    </message>
    <message>
        <source>media fetch wants one WAMID</source>
        <translation>media fetch espera un único WAMID</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 está en estado %2: %3</translation>
    </message>
    <message>
        <source>The most the media folder may hold; past it, the files viewed longest ago go (default: no cap here; the console keeps its own).</source>
        <translation>Lo máximo que puede ocupar la carpeta de multimedia; por encima, se eliminan los archivos vistos hace más tiempo (por defecto: sin límite aquí; la consola aplica el suyo).</translation>
    </message>
    <message>
        <source>Where customers&apos; media are downloaded to (default: beside the database).</source>
        <translation>Dónde se descargan los archivos multimedia de los clientes (por defecto: junto a la base de datos).</translation>
    </message>
    <message>
        <source>The most downloaded media may take; past it, the files viewed longest ago go (default 2048).</source>
        <translation>Lo máximo que puede ocupar la multimedia descargada; por encima, se eliminan los archivos vistos hace más tiempo (por defecto 2048).</translation>
    </message>
    <message>
        <source>Do not download customers&apos; media.</source>
        <translation>No descargar los archivos multimedia de los clientes.</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: hookline.sqlite in the user&apos;s data folder), before
or after the command, and --help: `hookline apps list --help`. This is a server build:
it has every command but the console.
</source>
        <translation>
Cada comando acepta --db RUTA (por defecto: hookline.sqlite en la carpeta de datos del usuario),
antes o después del comando, y --help: `hookline apps list --help`. Esta es una versión de
servidor: tiene todos los comandos salvo la consola.
</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>Hookline cannot open its database:
%1</source>
        <translation>Hookline no puede abrir su base de datos:
%1</translation>
    </message>
    <message>
        <source>HTTPS is off: %1
Fix it in Settings.</source>
        <translation>HTTPS está desactivado: %1
Corrígelo en Configuración.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>The business account is restricted for a policy violation; see Account Quality in Meta&apos;s Business Manager.</source>
        <translation>La cuenta de empresa está restringida por infringir las políticas; consulta Calidad de la cuenta en el Business Manager de Meta.</translation>
    </message>
    <message>
        <source>The number sent faster than its throughput allows; slow down and retry later.</source>
        <translation>El número envió más rápido de lo que permite su capacidad; reduce el ritmo y vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Meta kept this marketing message from a customer in an experiment group; nothing to fix.</source>
        <translation>Meta no entregó este mensaje de marketing a un cliente de un grupo experimental; no hay nada que corregir.</translation>
    </message>
    <message>
        <source>A generic failure at Meta; retry, and contact Meta if it persists.</source>
        <translation>Error genérico de Meta; vuelve a intentarlo y, si persiste, ponte en contacto con Meta.</translation>
    </message>
    <message>
        <source>Access denied: check the access token&apos;s permissions.</source>
        <translation>Acceso denegado: revisa los permisos del token de acceso.</translation>
    </message>
    <message>
        <source>The send request lacked a required parameter.</source>
        <translation>A la solicitud de envío le faltaba un parámetro obligatorio.</translation>
    </message>
    <message>
        <source>A parameter of the send request had an invalid value.</source>
        <translation>Un parámetro de la solicitud de envío tenía un valor no válido.</translation>
    </message>
    <message>
        <source>The message was addressed to the sending number itself.</source>
        <translation>El mensaje iba dirigido al propio número que lo envía.</translation>
    </message>
    <message>
        <source>The recipient cannot receive it: not on WhatsApp, an old app, terms not accepted, or not an allowed test number.</source>
        <translation>El destinatario no puede recibirlo: no usa WhatsApp, tiene una versión antigua, no aceptó las condiciones o no es un número de prueba permitido.</translation>
    </message>
    <message>
        <source>A development app may only send to the numbers on its test list; add the recipient there.</source>
        <translation>Una app en modo de desarrollo solo puede enviar a los números de su lista de prueba; añade allí al destinatario.</translation>
    </message>
    <message>
        <source>The account is locked; resolve the policy or verification problem in Business Manager.</source>
        <translation>La cuenta está bloqueada; resuelve el problema de políticas o de verificación en Business Manager.</translation>
    </message>
    <message>
        <source>A billing problem: check the account&apos;s payment method.</source>
        <translation>Problema de facturación: revisa el método de pago de la cuenta.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer last wrote: only a template message can reopen the conversation.</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del cliente: solo un mensaje de plantilla puede reabrir la conversación.</translation>
    </message>
    <message>
        <source>Too many messages were blocked or reported as spam; check the number&apos;s quality rating.</source>
        <translation>Se bloquearon o denunciaron como spam demasiados mensajes; revisa la calificación de calidad del número.</translation>
    </message>
    <message>
        <source>Meta held back this marketing message to limit what the customer receives; retry much later, not at once.</source>
        <translation>Meta retuvo este mensaje de marketing para limitar lo que recibe el cliente; vuelve a intentarlo mucho más tarde, no de inmediato.</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages from this business.</source>
        <translation>El cliente desactivó los mensajes de marketing de esta empresa.</translation>
    </message>
    <message>
        <source>A message type WhatsApp Cloud API does not support.</source>
        <translation>Tipo de mensaje no admitido por WhatsApp Cloud API.</translation>
    </message>
    <message>
        <source>Meta could not download the media the customer sent; ask for it again.</source>
        <translation>Meta no pudo descargar el archivo multimedia que envió el cliente; pídeselo de nuevo.</translation>
    </message>
    <message>
        <source>Meta could not fetch or accept the media in the send request; check its URL, size and type.</source>
        <translation>Meta no pudo obtener o aceptar el archivo multimedia de la solicitud de envío; revisa su URL, tamaño y tipo.</translation>
    </message>
    <message>
        <source>Too many messages to the same customer in a short time; wait before sending again.</source>
        <translation>Demasiados mensajes al mismo cliente en poco tiempo; espera antes de volver a enviar.</translation>
    </message>
    <message>
        <source>The template&apos;s parameter count does not match the request.</source>
        <translation>El número de parámetros de la plantilla no coincide con la solicitud.</translation>
    </message>
    <message>
        <source>The template does not exist in that language, or is not approved yet.</source>
        <translation>La plantilla no existe en ese idioma o aún no está aprobada.</translation>
    </message>
    <message>
        <source>The template&apos;s text with its parameters is too long.</source>
        <translation>El texto de la plantilla con sus parámetros es demasiado largo.</translation>
    </message>
    <message>
        <source>The template&apos;s content breaks a formatting policy.</source>
        <translation>El contenido de la plantilla infringe una política de formato.</translation>
    </message>
    <message>
        <source>A template parameter has the wrong format.</source>
        <translation>Un parámetro de la plantilla tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The template is paused for low quality; edit it or use another.</source>
        <translation>La plantilla está en pausa por baja calidad; edítala o usa otra.</translation>
    </message>
    <message>
        <source>The template is disabled for low quality; use another.</source>
        <translation>La plantilla está desactivada por baja calidad; usa otra.</translation>
    </message>
    <message>
        <source>The app called the Graph API too often; wait before calling again.</source>
        <translation>La app llamó a la Graph API demasiadas veces; espere antes de volver a llamar.</translation>
    </message>
    <message>
        <source>The access token lacks a permission (whatsapp_business_messaging or whatsapp_business_management); give it to the system user.</source>
        <translation>Al token de acceso le falta un permiso (whatsapp_business_messaging o whatsapp_business_management); déselo al usuario del sistema.</translation>
    </message>
    <message>
        <source>The request named something that does not exist or that this token cannot see (a line, media or template id), or had a bad parameter.</source>
        <translation>La solicitud nombraba algo que no existe o que este token no puede ver (un id de línea, multimedia o plantilla), o tenía un parámetro incorrecto.</translation>
    </message>
    <message>
        <source>The access token has expired or was revoked; make a new one in Business Manager and keep it with &apos;hookline apps token&apos;.</source>
        <translation>El token de acceso caducó o fue revocado; cree uno nuevo en Business Manager y guárdelo con &apos;hookline apps token&apos;.</translation>
    </message>
    <message>
        <source>The access token lacks a permission for this line or account; check the system user&apos;s assets in Business Manager.</source>
        <translation>Al token de acceso le falta un permiso para esta línea o cuenta; revise los activos del usuario del sistema en Business Manager.</translation>
    </message>
    <message>
        <source>The business account reached its Graph API rate limit; wait before calling again.</source>
        <translation>La cuenta comercial alcanzó su límite de llamadas a la Graph API; espere antes de volver a llamar.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>no error</source>
        <translation>sin error</translation>
    </message>
    <message>
        <source>app %1 has no access token here; keep one with: hookline apps token --app-id %1</source>
        <translation>la app %1 no tiene token de acceso aquí; guarde uno con: hookline apps token --app-id %1</translation>
    </message>
    <message>
        <source>cannot reach the Graph API (%1); nothing was sent</source>
        <translation>no se puede llegar a la Graph API (%1); no se envió nada</translation>
    </message>
    <message>
        <source>the Graph API&apos;s answer was lost (%1); whether Meta accepted it is unknown, and it is not sent again</source>
        <translation>la respuesta de la Graph API se perdió (%1); no se sabe si Meta lo aceptó, y no se vuelve a enviar</translation>
    </message>
    <message>
        <source>no usable answer</source>
        <translation>sin respuesta utilizable</translation>
    </message>
    <message>
        <source>the access token was refused</source>
        <translation>el token de acceso fue rechazado</translation>
    </message>
    <message>
        <source>the access token lacks a permission</source>
        <translation>al token de acceso le falta un permiso</translation>
    </message>
    <message>
        <source>rate limited; Meta asks to wait %1 s</source>
        <translation>límite de frecuencia; Meta pide esperar %1 s</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de frecuencia</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>outside the customer-service window</source>
        <translation>fuera de la ventana de atención al cliente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Meta&apos;s server failed (HTTP %1)</source>
        <translation>falló el servidor de Meta (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 (Meta code %2)</source>
        <translation>%1 (código de Meta %2)</translation>
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
        <translation>Copiar &amp;fila</translation>
    </message>
</context>
<context>
    <name>SampleWebhooks</name>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Image with caption</source>
        <translation>Imagen con pie de foto</translation>
    </message>
    <message>
        <source>Status: sent</source>
        <translation>Estado: enviado</translation>
    </message>
    <message>
        <source>Status: delivered</source>
        <translation>Estado: entregado</translation>
    </message>
    <message>
        <source>Status: read</source>
        <translation>Estado: leído</translation>
    </message>
    <message>
        <source>Status: failed (131047)</source>
        <translation>Estado: fallido (131047)</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Template status update</source>
        <translation>Cambio de estado de plantilla</translation>
    </message>
</context>
<context>
    <name>SendRequest</name>
    <message>
        <source>no line %1 here; see: hookline lines list</source>
        <translation>no hay línea %1 aquí; vea: hookline lines list</translation>
    </message>
    <message>
        <source>the customer-service window is %1; only a template can be sent (--template)</source>
        <translation>ventana de atención al cliente: %1; solo se puede enviar una plantilla (--template)</translation>
    </message>
    <message>
        <source>Meta answered without a message id; whether it was accepted is unknown, and it is not sent again</source>
        <translation>Meta respondió sin id de mensaje; no se sabe si lo aceptó, y no se vuelve a enviar</translation>
    </message>
    <message>
        <source>no line to send from</source>
        <translation>no hay línea desde la que enviar</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>no hay destinatario</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>el mensaje está vacío</translation>
    </message>
    <message>
        <source>the message has %1 characters; WhatsApp takes at most %2</source>
        <translation>el mensaje tiene %1 caracteres; WhatsApp admite como máximo %2</translation>
    </message>
    <message>
        <source>no template name</source>
        <translation>falta el nombre de la plantilla</translation>
    </message>
    <message>
        <source>template %1 needs a language code (such as en_US)</source>
        <translation>la plantilla %1 necesita un código de idioma (como es_ES)</translation>
    </message>
    <message>
        <source>variable {{%1}} of template %2 is empty; fill it before sending</source>
        <translation>la variable {{%1}} de la plantilla %2 está vacía; rellénela antes de enviar</translation>
    </message>
    <message>
        <source>a reaction needs the message it reacts to</source>
        <translation>una reacción necesita el mensaje al que reacciona</translation>
    </message>
    <message>
        <source>a reaction needs an emoji</source>
        <translation>una reacción necesita un emoji</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Plantilla %1 (%2)</translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation>Plantilla %1 (%2): %3</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Reaccionó %1</translation>
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
        <translation>nunca abierta: el cliente no ha escrito en esta línea</translation>
    </message>
    <message>
        <source>closed %1 ago</source>
        <translation>cerrada hace %1</translation>
    </message>
    <message>
        <source>open for %1 more (free entry point, 72 h)</source>
        <translation>abierta %1 más (punto de entrada gratuito, 72 h)</translation>
    </message>
    <message>
        <source>open for %1 more</source>
        <translation>abierta %1 más</translation>
    </message>
    <message>
        <source>cannot read the conversation: %1</source>
        <translation>no se puede leer la conversación: %1</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>played</source>
        <translation>reproducido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>procesada</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>reproducción</translation>
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
        <translation>Calidad del número</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Revisión de la cuenta</translation>
    </message>
    <message>
        <source>Account alert</source>
        <translation>Alerta de la cuenta</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Estado de la plantilla</translation>
    </message>
    <message>
        <source>Template quality</source>
        <translation>Calidad de la plantilla</translation>
    </message>
    <message>
        <source>Template content</source>
        <translation>Contenido de la plantilla</translation>
    </message>
    <message>
        <source>Template category</source>
        <translation>Categoría de la plantilla</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Payment configuration</source>
        <translation>Configuración de pagos</translation>
    </message>
    <message>
        <source>Webhook error</source>
        <translation>Error de webhook</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Line or account</source>
        <translation>Línea o cuenta</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>History sync</source>
        <translation>Sincronización del historial</translation>
    </message>
    <message>
        <source>Link click</source>
        <translation>Clic en enlace</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>phase %1, %2 %</source>
        <translation>fase %1, %2 %</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 conversaciones</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
</context>
<context>
    <name>hookline::AccountHealthPage</name>
    <message>
        <source>No template events yet. Subscribe the app to message_template_status_update in Meta&apos;s dashboard to follow approvals, pauses and quality here.</source>
        <translation>Aún no hay eventos de plantillas. Suscribe la app a message_template_status_update en el panel de Meta para seguir aquí las aprobaciones, las pausas y la calidad.</translation>
    </message>
    <message>
        <source>Meta has not reported anything about these accounts yet.</source>
        <translation>Meta aún no ha informado de nada sobre estas cuentas.</translation>
    </message>
    <message>
        <source>Lines&apos; health</source>
        <translation>Salud de las líneas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Account events</source>
        <translation>Eventos de la cuenta</translation>
    </message>
    <message>
        <source>What Meta last reported about each number, account and template. Double-click a row (or press Enter) to open the delivery that brought it in the Inspector.</source>
        <translation>Lo último que Meta informó sobre cada número, cuenta y plantilla. Haz doble clic en una fila (o pulsa Intro) para abrir en el Inspector la entrega que lo trajo.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Account events and webhook errors</source>
        <translation>Eventos de la cuenta y errores de webhook</translation>
    </message>
</context>
<context>
    <name>hookline::AlertListModel</name>
    <message>
        <source>Line quality dropped</source>
        <translation>Bajó la calidad de la línea</translation>
    </message>
    <message>
        <source>Template paused or rejected</source>
        <translation>Plantilla pausada o rechazada</translation>
    </message>
    <message>
        <source>Account restricted</source>
        <translation>Cuenta restringida</translation>
    </message>
    <message>
        <source>Failed messages</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Line silent</source>
        <translation>Línea en silencio</translation>
    </message>
    <message>
        <source>Dead letters growing</source>
        <translation>Aumento de eventos fallidos</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Disparada</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
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
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2</source>
        <translation>Reconocida por %1, %2</translation>
    </message>
    <message>
        <source> · ended %1</source>
        <translation> · finalizada %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed after %1 attempts</source>
        <translation>Falló tras %1 intentos</translation>
    </message>
    <message>
        <source>Retrying (%1 attempts)</source>
        <translation>Reintentando (%1 intentos)</translation>
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
        <translation>La &amp;calidad de una línea baja (marcada o degradada)</translation>
    </message>
    <message>
        <source>A &amp;template is paused, disabled or rejected</source>
        <translation>Una &amp;plantilla se pausa, se desactiva o se rechaza</translation>
    </message>
    <message>
        <source>An &amp;account restriction or violation</source>
        <translation>Una &amp;restricción o infracción de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Failed messages with one error code exceed</source>
        <translation>Los mensajes &amp;fallidos con un mismo código de error superan el</translation>
    </message>
    <message>
        <source>A line is &amp;silent for longer than</source>
        <translation>Una línea lleva en &amp;silencio más de</translation>
    </message>
    <message>
        <source>&amp;Dead letters grow by</source>
        <translation>Los &amp;eventos fallidos aumentan en</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
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
        <translation> × su intervalo habitual</translation>
    </message>
    <message>
        <source> within an hour</source>
        <translation> en una hora</translation>
    </message>
    <message>
        <source>https://chat.example/hooks/… (optional)</source>
        <translation>https://chat.example/hooks/… (opcional)</translation>
    </message>
    <message>
        <source>over</source>
        <translation>en</translation>
    </message>
    <message>
        <source>    with at least (messages)</source>
        <translation>    con al menos (mensajes)</translation>
    </message>
    <message>
        <source>    and at least</source>
        <translation>    y al menos</translation>
    </message>
    <message>
        <source>Every alert shows in the Alerts tab, as a notification and as a warning in the log. It can also be POSTed as JSON, signed like Meta&apos;s webhooks (X-Hookline-Signature-256), to a URL of yours:</source>
        <translation>Cada alerta aparece en la pestaña Alertas, como notificación y como advertencia en el registro. También se puede enviar por POST como JSON, firmada como los webhooks de Meta (X-Hookline-Signature-256), a una URL tuya:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL del &amp;webhook</translation>
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
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>The webhook URL must be an http or https address.</source>
        <translation>La URL del webhook debe ser una dirección http o https.</translation>
    </message>
</context>
<context>
    <name>hookline::AlertsPage</name>
    <message>
        <source>Show &amp;acknowledged</source>
        <translation>&amp;Mostrar reconocidas</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Rec&amp;onocer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Say you have seen the selected alerts (Ctrl+K); your name and the time are kept with them.</source>
        <translation>Indica que has visto las alertas seleccionadas (Ctrl+K); tu nombre y la hora se guardan con ellas.</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>Reg&amp;las…</translation>
    </message>
    <message>
        <source>What raises an alert, and where alerts are POSTed</source>
        <translation>Qué genera una alerta y adónde se envían las alertas por POST</translation>
    </message>
    <message>
        <source>Alerts raised by the rules, newest first; each also shows as a notification and a warning in the log.</source>
        <translation>Alertas generadas por las reglas, de la más reciente a la más antigua; cada una aparece también como notificación y como advertencia en el registro.</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Aún no hay alertas.</translation>
    </message>
    <message>
        <source>No open alerts. Hookline watches each line&apos;s quality, templates, account restrictions, failure rates, silent lines and dead letters; Rules… says how.</source>
        <translation>No hay alertas abiertas. Hookline vigila la calidad de cada línea, las plantillas, las restricciones de la cuenta, las tasas de fallos, las líneas en silencio y los eventos fallidos; Reglas… explica cómo.</translation>
    </message>
</context>
<context>
    <name>hookline::ComposerDialog</name>
    <message>
        <source>Hello from the composer</source>
        <translation>Hola desde el compositor</translation>
    </message>
    <message>
        <source>&amp;Send signed</source>
        <translation>&amp;Enviar firmado</translation>
    </message>
    <message>
        <source>Test webhook composer</source>
        <translation>Compositor de webhooks de prueba</translation>
    </message>
    <message>
        <source>wamid a status or reaction is about (empty: a new one)</source>
        <translation>wamid al que se refiere el estado o la reacción (vacío: uno nuevo)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Línea</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Customer wa_id</source>
        <translation>wa_id del &amp;cliente</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;About message</source>
        <translation>&amp;Mensaje de referencia</translation>
    </message>
    <message>
        <source>&amp;Generate body</source>
        <translation>&amp;Generar cuerpo</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation>HTTP %1 — %2</translation>
    </message>
    <message>
        <source>No active line yet — add one in Settings.</source>
        <translation>Aún no hay ninguna línea activa — añade una en Configuración.</translation>
    </message>
    <message>
        <source>The embedded receiver is not running: %1</source>
        <translation>El receptor integrado no está en ejecución: %1</translation>
    </message>
    <message>
        <source>The line has no app to sign with.</source>
        <translation>La línea no tiene ninguna app con la que firmar.</translation>
    </message>
    <message>
        <source>This computer does not have the secret of app %1, so it cannot sign. Enter it in Settings (Edit app); it will be kept in %2.</source>
        <translation>Este equipo no tiene la clave secreta de la app %1, así que no puede firmar. Introdúcela en Configuración (Editar app); se guardará en %2.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the credentials file %1</source>
        <translation>el archivo de credenciales %1</translation>
    </message>
    <message>
        <source>You edited the body: it is sent exactly as shown, and the fields above no longer change it. Generate body starts again from them.</source>
        <translation>Has editado el cuerpo: se envía exactamente como se muestra y los campos de arriba ya no lo modifican. Generar cuerpo vuelve a empezar a partir de ellos.</translation>
    </message>
</context>
<context>
    <name>hookline::ConsoleEngine</name>
    <message>
        <source>shared database; the servers receive</source>
        <translation>base de datos compartida; reciben los servidores</translation>
    </message>
    <message>
        <source>receiver off</source>
        <translation>receptor desactivado</translation>
    </message>
</context>
<context>
    <name>hookline::ConsoleStatusBar</name>
    <message>
        <source>Receiving on %1</source>
        <translation>Recibiendo en %1</translation>
    </message>
    <message>
        <source>Receiver off: %1</source>
        <translation>Receptor desactivado: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Backlog %1</source>
        <translation>Pendientes %1</translation>
    </message>
    <message>
        <source>Dead letters %1</source>
        <translation>Eventos fallidos %1</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationDelegate</name>
    <message>
        <source>You: </source>
        <translation>Tú: </translation>
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
        <translation>No entregado</translation>
    </message>
    <message>
        <source>open %1 h</source>
        <translation>abierta %1 h</translation>
    </message>
    <message>
        <source>open %1 min</source>
        <translation>abierta %1 min</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationListModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Mensaje %1</translation>
    </message>
    <message>
        <source>Group changed</source>
        <translation>Cambio en el grupo</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Llamada</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationPane</name>
    <message>
        <source>Pick a conversation on the left to read it here.</source>
        <translation>Elige una conversación a la izquierda para leerla aquí.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>saved as “%1”</source>
        <translation>guardado como “%1”</translation>
    </message>
    <message>
        <source>number not shared</source>
        <translation>número no compartido</translation>
    </message>
    <message>
        <source>Opted out of marketing messages since %1</source>
        <translation>Dado de baja de los mensajes de marketing desde %1</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy message &amp;id</source>
        <translation>Copiar I&amp;D del mensaje</translation>
    </message>
    <message>
        <source>Show the &amp;quoted message</source>
        <translation>&amp;Mostrar el mensaje citado</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Abrir en el &amp;Inspector</translation>
    </message>
    <message>
        <source>Service window %1: free text can be sent</source>
        <translation>Ventana de atención %1: se puede enviar texto libre</translation>
    </message>
    <message>
        <source>Service window %1: only templates can be sent</source>
        <translation>Ventana de atención %1: solo se pueden enviar plantillas</translation>
    </message>
    <message>
        <source>No service window: Meta has delivered no message from the customer; only templates can be sent</source>
        <translation>Sin ventana de atención: Meta no ha entregado ningún mensaje del cliente; solo se pueden enviar plantillas</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Re&amp;act</source>
        <translation>Re&amp;accionar</translation>
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
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Let the cap &amp;remove it</source>
        <translation>Permitir que el límite lo &amp;elimine</translation>
    </message>
    <message>
        <source>&amp;Keep it past the cap</source>
        <translation>&amp;Conservarlo aunque supere el límite</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Descargar ahora</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No application here opens this file. Save it with Save as… and open it from there.</source>
        <translation>Ninguna aplicación de este equipo abre este archivo. Guárdalo con Guardar como… y ábrelo desde allí.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>hookline::ConversationsPage</name>
    <message>
        <source>Filter by name or number (Ctrl+F)</source>
        <translation>Filtrar por nombre o número (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No conversations yet.
They appear here as webhooks arrive.</source>
        <translation>Aún no hay conversaciones.
Aparecerán aquí a medida que lleguen los webhooks.</translation>
    </message>
    <message>
        <source>No conversation matches &quot;%1&quot;.</source>
        <translation>Ninguna conversación coincide con &quot;%1&quot;.</translation>
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
        <translation>Copiar &amp;ID del grupo</translation>
    </message>
    <message>
        <source>Copy &amp;number or id</source>
        <translation>Copiar &amp;número o ID</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>&amp;Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Could not erase: %1</source>
        <translation>No se pudo borrar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n message(s) and their parts of the delivery log.</source>
        <translation>
            <numerusform>Borrado: %n mensaje y sus partes del registro de entregas.</numerusform>
            <numerusform>Borrados: %n mensajes y sus partes del registro de entregas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase everything Hookline holds about %1 on this line?

Their messages, delivery statuses, reactions, calls, contact details and search entries are deleted, and the deliveries that carried them are rewritten without them, so a rebuild cannot bring them back. The audit trail keeps who erased whom and when, not what they said.

This cannot be undone.</source>
        <translation>¿Borrar todo lo que Hookline guarda sobre %1 en esta línea?

Se eliminan sus mensajes, estados de entrega, reacciones, llamadas, datos de contacto y entradas de búsqueda, y las entregas que los contenían se reescriben sin ellos, para que una reconstrucción no pueda recuperarlos. El registro de auditoría conserva quién borró a quién y cuándo, no lo que dijo.

No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Closing within 1 h</source>
        <translation>Cierra en menos de 1 h</translation>
    </message>
    <message>
        <source>Only conversations whose 24-hour customer-service window closes within the hour: after that, only templates can be sent (Alt+W)</source>
        <translation>Solo las conversaciones cuya ventana de atención de 24 horas cierra en menos de una hora: después, solo se pueden enviar plantillas (Alt+W)</translation>
    </message>
    <message>
        <source>No customer-service window closes within the hour.
Turn off &quot;Closing within 1 h&quot; to see every conversation.</source>
        <translation>Ninguna ventana de atención cierra en la próxima hora.
Desactive &quot;Cierra en menos de 1 h&quot; para ver todas las conversaciones.</translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterGroupModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation>Código o campo</translation>
    </message>
    <message>
        <source>(any line)</source>
        <translation>(cualquier línea)</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation>Código o campo</translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the selected dead letters (Ctrl+R)</source>
        <translation>Reintentar los eventos fallidos seleccionados (Ctrl+R)</translation>
    </message>
    <message>
        <source>Retry &amp;group…</source>
        <translation>Reintentar &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>All dead letters</source>
        <translation>Todos los eventos fallidos</translation>
    </message>
    <message>
        <source>No dead letters — everything was processed.</source>
        <translation>No hay eventos fallidos — todo está procesado.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) wait for you.</source>
        <translation>
            <numerusform>%n evento fallido pendiente.</numerusform>
            <numerusform>%n eventos fallidos pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry group</source>
        <translation>Reintentar grupo</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Eventos fallidos</translation>
    </message>
    <message>
        <source>Select one or more dead letters.</source>
        <translation>Selecciona uno o varios eventos fallidos.</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n dead letter(s)? They stay in the log, marked discarded.</source>
        <translation>
            <numerusform>¿Descartar %n evento fallido? Seguirá en el registro, marcado como descartado.</numerusform>
            <numerusform>¿Descartar %n eventos fallidos? Seguirán en el registro, marcados como descartados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n dead letter(s)?</source>
        <translation>
            <numerusform>¿Reintentar %n evento fallido?</numerusform>
            <numerusform>¿Reintentar %n eventos fallidos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Descartando…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n dead letter(s).</source>
        <translation>
            <numerusform>Cancelado tras %n evento fallido.</numerusform>
            <numerusform>Cancelado tras %n eventos fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n dead letter(s)…</source>
        <translation>
            <numerusform>Reintentando %n evento fallido…</numerusform>
            <numerusform>Reintentando %n eventos fallidos…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>&amp;Copiar carga útil</translation>
    </message>
    <message>
        <source>Open in &amp;Inspector</source>
        <translation>Abrir en el &amp;Inspector</translation>
    </message>
    <message>
        <source>Select a dead letter to see why it failed and its whole payload.</source>
        <translation>Selecciona un evento fallido para ver por qué falló y su carga útil completa.</translation>
    </message>
    <message>
        <source>&amp;Add line %1…</source>
        <translation>Añadir &amp;línea %1…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation>Código o campo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
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
        <translation>Carga útil:</translation>
    </message>
    <message>
        <source>(the delivery is no longer in the log)</source>
        <translation>(la entrega ya no está en el registro)</translation>
    </message>
    <message>
        <source>Pick a group first: click a row of the upper table.</source>
        <translation>Elige primero un grupo: haz clic en una fila de la tabla superior.</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Descartar %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Reintentar %1</translation>
    </message>
    <message numerus="yes">
        <source>Discarding %n dead letter(s)…</source>
        <translation>
            <numerusform>Descartando %n evento fallido…</numerusform>
            <numerusform>Descartando %n eventos fallidos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n dead letter(s). They stay in the log.</source>
        <translation>
            <numerusform>Se descartó %n evento fallido. Sigue en el registro.</numerusform>
            <numerusform>Se descartaron %n eventos fallidos. Siguen en el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected</source>
        <translation>
            <numerusform>%n proyectado</numerusform>
            <numerusform>%n proyectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still failing — same cause</source>
        <translation>
            <numerusform>%n sigue fallando — misma causa</numerusform>
            <numerusform>%n siguen fallando — misma causa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing for another cause</source>
        <translation>
            <numerusform>%n falla por otra causa</numerusform>
            <numerusform>%n fallan por otra causa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded meanwhile</source>
        <translation>
            <numerusform>%n descartado mientras tanto</numerusform>
            <numerusform>%n descartados mientras tanto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still being processed</source>
        <translation>
            <numerusform>%n todavía se está procesando</numerusform>
            <numerusform>%n todavía se están procesando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retried: %1.</source>
        <translation>
            <numerusform>%n evento reintentado: %1.</numerusform>
            <numerusform>%n eventos reintentados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retry the group&apos;s %n dead letter(s) now?</source>
        <translation>
            <numerusform>%1 ¿Reintentar ahora %n evento fallido del grupo?</numerusform>
            <numerusform>%1 ¿Reintentar ahora los %n eventos fallidos del grupo?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Copy &amp;payload</source>
        <translation>Copiar car&amp;ga útil</translation>
    </message>
    <message>
        <source>What became of the delivery:</source>
        <translation>Qué pasó con la entrega:</translation>
    </message>
    <message numerus="yes">
        <source>%n retried.</source>
        <translation>
            <numerusform>%n evento reintentado.</numerusform>
            <numerusform>%n eventos reintentados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterReason</name>
    <message>
        <source>Line not configured</source>
        <translation>Línea no configurada</translation>
    </message>
    <message>
        <source>Meta sent this for a phone number id that is not one of your lines. Add the line, then retry.</source>
        <translation>Meta lo envió para un ID de número de teléfono que no corresponde a ninguna de tus líneas. Añade la línea y después reinténtalo.</translation>
    </message>
    <message>
        <source>Signed by another app</source>
        <translation>Firmado por otra app</translation>
    </message>
    <message>
        <source>The line belongs to a different Meta app than the one that signed the delivery. Check the line&apos;s owning app in Settings.</source>
        <translation>La línea pertenece a una app de Meta distinta de la que firmó la entrega. Revisa la app propietaria de la línea en Configuración.</translation>
    </message>
    <message>
        <source>Business account not configured</source>
        <translation>Cuenta de empresa no configurada</translation>
    </message>
    <message>
        <source>No line of yours belongs to this WhatsApp Business Account. Add one of its lines with its WABA id, then retry.</source>
        <translation>Ninguna de tus líneas pertenece a esta cuenta de WhatsApp Business. Añade una de sus líneas con su ID de WABA y después reinténtalo.</translation>
    </message>
    <message>
        <source>Business account of another app</source>
        <translation>Cuenta de empresa de otra app</translation>
    </message>
    <message>
        <source>The app that signed the delivery owns no line of this WhatsApp Business Account. Check the lines&apos; owning app in Settings.</source>
        <translation>La app que firmó la entrega no es propietaria de ninguna línea de esta cuenta de WhatsApp Business. Revisa la app propietaria de las líneas en Configuración.</translation>
    </message>
    <message>
        <source>Field Hookline does not know yet</source>
        <translation>Campo que Hookline aún no conoce</translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>The body cannot be read as JSON. Look at the payload: it cannot be projected as it is.</source>
        <translation>El cuerpo no se puede leer como JSON. Revisa la carga útil: no se puede proyectar tal como está.</translation>
    </message>
    <message>
        <source>Not a WhatsApp Business webhook</source>
        <translation>No es un webhook de WhatsApp Business</translation>
    </message>
    <message>
        <source>The body&apos;s &quot;object&quot; is not whatsapp_business_account. It is kept, but there is nothing to project.</source>
        <translation>El &quot;object&quot; del cuerpo no es whatsapp_business_account. Se conserva, pero no hay nada que proyectar.</translation>
    </message>
    <message>
        <source>Refers to another line&apos;s message</source>
        <translation>Se refiere a un mensaje de otra línea</translation>
    </message>
    <message>
        <source>A status or reaction names a message that belongs to a different line. It is not applied, so one line cannot change another&apos;s history.</source>
        <translation>Un estado o una reacción hace referencia a un mensaje que pertenece a otra línea. No se aplica, para que una línea no pueda cambiar el historial de otra.</translation>
    </message>
    <message>
        <source>Could not be projected</source>
        <translation>No se pudo proyectar</translation>
    </message>
    <message>
        <source>Processing failed for this item; the last error says why. Retry once the cause is fixed.</source>
        <translation>Falló el procesamiento de este elemento; el último error indica por qué. Reinténtalo cuando hayas corregido la causa.</translation>
    </message>
    <message>
        <source>Retry once the cause is fixed; the last error says what went wrong.</source>
        <translation>Reinténtalo cuando hayas corregido la causa; el último error indica qué salió mal.</translation>
    </message>
    <message>
        <source>Meta sent a webhook field this version of Hookline cannot project. It is kept, and a newer version projects it when you retry.</source>
        <translation>Meta envió un campo de webhook que esta versión de Hookline no puede proyectar. Se conserva, y una versión más reciente lo proyecta cuando lo reintentas.</translation>
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
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>hookline::DeliveryStatusModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Business message</source>
        <translation>Mensaje de la empresa</translation>
    </message>
</context>
<context>
    <name>hookline::DemoFeeder</name>
    <message>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
    <message>
        <source>Shop support</source>
        <translation>Atención al cliente de la tienda</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Hi! Is the blue kettle back in stock?</source>
        <translation>¡Hola! ¿Ya vuelve a estar disponible el hervidor azul?</translation>
    </message>
    <message>
        <source>This one, in blue</source>
        <translation>Este, en azul</translation>
    </message>
    <message>
        <source>Where I am</source>
        <translation>Donde estoy</translation>
    </message>
    <message>
        <source>The invoice you asked for</source>
        <translation>La factura que me pediste</translation>
    </message>
    <message>
        <source>Yes, confirm my order</source>
        <translation>Sí, confirmar pedido</translation>
    </message>
    <message>
        <source>Hello? Is this the right number?</source>
        <translation>¿Hola? ¿Es este el número correcto?</translation>
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
        <translation>Configura tu primera línea</translation>
    </message>
    <message>
        <source>e.g. 1234567890123456</source>
        <translation>p. ej. 1234567890123456</translation>
    </message>
    <message>
        <source>32 characters, shown after you click Show</source>
        <translation>32 caracteres; aparece al hacer clic en Mostrar</translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation>p. ej. 106540352242922</translation>
    </message>
    <message>
        <source>e.g. 102290129340398</source>
        <translation>p. ej. 102290129340398</translation>
    </message>
    <message>
        <source>What your team calls it, e.g. Support</source>
        <translation>Cómo la llama tu equipo, p. ej. Soporte</translation>
    </message>
    <message>
        <source>e.g. +1 555 010 0001</source>
        <translation>p. ej. +1 555 010 0001</translation>
    </message>
    <message>
        <source>Your Meta app</source>
        <translation>Tu app de Meta</translation>
    </message>
    <message>
        <source>In Meta&apos;s App Dashboard (developers.facebook.com), open the app that has WhatsApp. Under &lt;b&gt;App settings → Basic&lt;/b&gt;, copy the &lt;b&gt;App ID&lt;/b&gt; and the &lt;b&gt;App secret&lt;/b&gt;. Hookline checks every webhook&apos;s signature with this secret; it is kept in your keyring or a file only you can read, never in the database.</source>
        <translation>En el panel de apps de Meta (developers.facebook.com), abre la app que tiene WhatsApp. En &lt;b&gt;Configuración de la app → Básica&lt;/b&gt;, copia el &lt;b&gt;identificador de la app&lt;/b&gt; y la &lt;b&gt;clave secreta de la app&lt;/b&gt;. Hookline comprueba la firma de cada webhook con esta clave secreta; se guarda en tu llavero del sistema o en un archivo que solo tú puedes leer, nunca en la base de datos.</translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation>&amp;ID de la app</translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation>Clave &amp;secreta de la app</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;WhatsApp → API Setup&lt;/b&gt;, choose the number and copy its &lt;b&gt;Phone number ID&lt;/b&gt; and its &lt;b&gt;WhatsApp Business Account ID&lt;/b&gt;.</source>
        <translation>En &lt;b&gt;WhatsApp → Configuración de la API&lt;/b&gt;, elige el número y copia su &lt;b&gt;identificador del número de teléfono&lt;/b&gt; y su &lt;b&gt;identificador de la cuenta de WhatsApp Business&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Phone number ID</source>
        <translation>ID del número de &amp;teléfono</translation>
    </message>
    <message>
        <source>&amp;WhatsApp Business Account ID</source>
        <translation>ID de la cuenta de &amp;WhatsApp Business</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Display number</source>
        <translation>Número &amp;visible</translation>
    </message>
    <message>
        <source>Back in Meta: the webhook</source>
        <translation>De vuelta en Meta: el webhook</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;WhatsApp → Configuration → Webhook&lt;/b&gt;, choose &lt;b&gt;Edit&lt;/b&gt; and paste these two. Meta calls the URL once to check the token; Hookline answers it. Meta only calls public HTTPS addresses: put a tunnel or your reverse proxy in front of this receiver and use its address. Then subscribe to the &lt;b&gt;messages&lt;/b&gt; field.</source>
        <translation>En &lt;b&gt;WhatsApp → Configuración → Webhook&lt;/b&gt;, elige &lt;b&gt;Editar&lt;/b&gt; y pega estos dos valores. Meta llama una vez a la URL para comprobar el token, y Hookline le responde. Meta solo llama a direcciones HTTPS públicas: pon un túnel o tu proxy inverso delante de este receptor y usa su dirección. Después, suscríbete al campo &lt;b&gt;messages&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;New token</source>
        <translation>Nuevo t&amp;oken</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <source>&amp;Add the line</source>
        <translation>&amp;Añadir la línea</translation>
    </message>
    <message>
        <source>(the receiver is not running)</source>
        <translation>(el receptor no está en ejecución)</translation>
    </message>
</context>
<context>
    <name>hookline::GraphClient</name>
    <message>
        <source>the answer was not JSON</source>
        <translation>la respuesta no era JSON</translation>
    </message>
</context>
<context>
    <name>hookline::HealthCheckDialog</name>
    <message>
        <source>Health check</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>the database, the apps and lines, the address, TLS, a signed test delivery and the handshake</source>
        <translation>la base de datos, las apps y las líneas, la dirección, TLS, una entrega de prueba firmada y el handshake</translation>
    </message>
    <message>
        <source>Not on PostgreSQL yet</source>
        <translation>Aún no en PostgreSQL</translation>
    </message>
    <message>
        <source>The health check, like hookline doctor, checks a set-up with a SQLite database.
This console&apos;s database is a PostgreSQL server.
→ Each receiver answers GET /healthz; the lines pane shows what arrives.</source>
        <translation>El diagnóstico, como hookline doctor, comprueba una instalación con una base de datos SQLite.
La base de datos de esta consola es un servidor PostgreSQL.
→ Cada receptor responde a GET /healthz; el panel de líneas muestra lo que llega.</translation>
    </message>
</context>
<context>
    <name>hookline::InspectorPanel</name>
    <message>
        <source>Text in the payload</source>
        <translation>Texto en la carga útil</translation>
    </message>
    <message>
        <source>Line (phone_number_id)</source>
        <translation>Línea (phone_number_id)</translation>
    </message>
    <message>
        <source>Route, e.g. /webhook</source>
        <translation>Ruta, p. ej. /webhook</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
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
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Select a delivery to see its headers, body and trail.</source>
        <translation>Selecciona una entrega para ver sus encabezados, su cuerpo y su historial.</translation>
    </message>
    <message>
        <source>Re&amp;process</source>
        <translation>&amp;Reprocesar</translation>
    </message>
    <message>
        <source>Process the selected delivery again</source>
        <translation>Volver a procesar la entrega seleccionada</translation>
    </message>
    <message>
        <source>Replay &amp;edited copy…</source>
        <translation>Reproducir copia &amp;editada…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Replay the webhook body on the clipboard</source>
        <translation>Reproducir el cuerpo de webhook del portapapeles</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Equipo remoto</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>verified with the secret of app %1</source>
        <translation>verificada con la clave secreta de la app %1</translation>
    </message>
    <message>
        <source>none: an operator&apos;s replay</source>
        <translation>ninguna: reproducción de un operador</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Reprocess</source>
        <translation>Reprocesar</translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation>Selecciona primero una entrega.</translation>
    </message>
    <message>
        <source>Replay an edited copy</source>
        <translation>Reproducir una copia editada</translation>
    </message>
    <message>
        <source>Replay an edited copy of delivery %1</source>
        <translation>Reproducir una copia editada de la entrega %1</translation>
    </message>
    <message>
        <source>edited copy of %1</source>
        <translation>copia editada de %1</translation>
    </message>
    <message>
        <source>Import webhook bodies</source>
        <translation>Importar cuerpos de webhook</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Paste a webhook body</source>
        <translation>Pegar un cuerpo de webhook</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Stored as delivery %1 (replay); processing it.</source>
        <translation>Guardado como entrega %1 (reproducción); procesándola.</translation>
    </message>
    <message>
        <source>Delivery %1 will be processed again.</source>
        <translation>La entrega %1 se volverá a procesar.</translation>
    </message>
    <message>
        <source>Delivery %1 is no longer in the log</source>
        <translation>La entrega %1 ya no está en el registro</translation>
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
        <translation>✗ Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>✗ A webhook body is a JSON object</source>
        <translation>✗ El cuerpo de un webhook debe ser un objeto JSON</translation>
    </message>
</context>
<context>
    <name>hookline::LineDelegate</name>
    <message>
        <source>receiving</source>
        <translation>recibiendo</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>sin actividad</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>eventos fallidos</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
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
        <translation>sin informar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Límite de mensajes</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>hookline::LineListModel</name>
    <message>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Every line&apos;s conversations</source>
        <translation>Conversaciones de todas las líneas</translation>
    </message>
    <message>
        <source>%1
Number: %2
Phone number id: %3
App: %4</source>
        <translation>%1
Número: %2
ID del número de teléfono: %3
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
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Depuración y superiores</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Información y superiores</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Text in the message, category or ids (e.g. delivery=12)</source>
        <translation>Texto en el mensaje, la categoría o los IDs (p. ej. delivery=12)</translation>
    </message>
    <message>
        <source>Hookline&apos;s log (also in hookline.log beside the database).</source>
        <translation>Registro de Hookline (también en hookline.log, junto a la base de datos).</translation>
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
        <translation>Líneas</translation>
    </message>
    <message>
        <source>No lines yet — add one.</source>
        <translation>Aún no hay líneas — añade una.</translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation>Añadir una línea…</translation>
    </message>
    <message>
        <source>Requests the receiver refused (bad or missing signatures, oversized bodies, ...). Kept up to a bounded number.</source>
        <translation>Solicitudes que el receptor rechazó (firmas incorrectas o ausentes, cuerpos demasiado grandes, ...). Se conserva un número limitado.</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversaciones</translation>
    </message>
    <message>
        <source>Delivery &amp;statuses</source>
        <translation>&amp;Estados de entrega</translation>
    </message>
    <message>
        <source>R&amp;eactions</source>
        <translation>&amp;Reacciones</translation>
    </message>
    <message>
        <source>&amp;Dead letters</source>
        <translation>Eventos &amp;fallidos</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Rechaza&amp;dos</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
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
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import webhook files…</source>
        <translation>&amp;Importar archivos de webhook…</translation>
    </message>
    <message>
        <source>&amp;Paste webhook</source>
        <translation>&amp;Pegar webhook</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Test webhook &amp;composer…</source>
        <translation>Compositor de &amp;webhooks de prueba…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Hookline</source>
        <translation>&amp;Acerca de Hookline</translation>
    </message>
    <message>
        <source>About Hookline</source>
        <translation>Acerca de Hookline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hookline %1&lt;/h3&gt;&lt;p&gt;An operator console with an embedded WhatsApp Business webhook receiver.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hookline %1&lt;/h3&gt;&lt;p&gt;Consola de operador con un receptor de webhooks de WhatsApp Business integrado.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) changed on %1</source>
        <translation>
            <numerusform>%n conversación cambió en %1</numerusform>
            <numerusform>%n conversaciones cambiaron en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New dead letters</source>
        <translation>Nuevos eventos fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery item(s) could not be processed.</source>
        <translation>
            <numerusform>No se pudo procesar %n elemento de entrega.</numerusform>
            <numerusform>No se pudieron procesar %n elementos de entrega.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Probar con datos de ejemplo</translation>
    </message>
    <message>
        <source>Opens a scratch database filled with sample webhooks for two demo lines; your own database is not touched.</source>
        <translation>Abre una base de datos provisional con webhooks de ejemplo para dos líneas de demostración; tu propia base de datos no se modifica.</translation>
    </message>
    <message>
        <source>Hookline — DEMO: sample data, not your database</source>
        <translation>Hookline — DEMO: datos de ejemplo, no tu base de datos</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Sample webhooks in a scratch database, sent through the receiver as Meta would.</source>
        <translation>Webhooks de ejemplo en una base de datos provisional, enviados a través del receptor como lo haría Meta.</translation>
    </message>
    <message>
        <source>Back to my database</source>
        <translation>Volver a mi base de datos</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Hookline alert — %1</source>
        <translation>Alerta de Hookline — %1</translation>
    </message>
    <message>
        <source>&amp;Account health</source>
        <translation>&amp;Salud de la cuenta</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Aler&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>&amp;Reglas de alerta…</translation>
    </message>
    <message>
        <source>Ale&amp;rts (%1)</source>
        <translation>Aler&amp;tas (%1)</translation>
    </message>
    <message>
        <source>The latest reaction of each person on each message, newest first. Double-click or Enter opens the message.</source>
        <translation>La última reacción de cada persona a cada mensaje, de la más reciente a la más antigua. Haz doble clic o pulsa Intro para abrir el mensaje.</translation>
    </message>
    <message>
        <source>Outbound messages of the selected line. Double-click or Enter opens the message.</source>
        <translation>Mensajes salientes de la línea seleccionada. Haz doble clic o pulsa Intro para abrir el mensaje.</translation>
    </message>
    <message>
        <source>Copy phone number &amp;id</source>
        <translation>Copiar &amp;ID del número de teléfono</translation>
    </message>
    <message>
        <source>Copy &amp;callback URL</source>
        <translation>Copiar &amp;URL de devolución de llamada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover &amp;arriba</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>No reactions yet. When a customer reacts to a message with an emoji, it shows here.</source>
        <translation>Aún no hay reacciones. Cuando un cliente reaccione a un mensaje con un emoji, aparecerá aquí.</translation>
    </message>
    <message>
        <source>&amp;Open the message</source>
        <translation>&amp;Abrir el mensaje</translation>
    </message>
    <message>
        <source>Copy message &amp;id</source>
        <translation>Copiar &amp;ID del mensaje</translation>
    </message>
    <message>
        <source>Nothing was rejected: every request so far was signed by a known app and within the limits.</source>
        <translation>No se rechazó nada: hasta ahora, todas las solicitudes iban firmadas por una app conocida y estaban dentro de los límites.</translation>
    </message>
    <message>
        <source>Line %1 was added.</source>
        <translation>Se añadió la línea %1.</translation>
    </message>
    <message>
        <source>No delivery statuses yet: Meta has reported on nothing the business sent, or nothing matches the filters above.</source>
        <translation>Aún no hay estados de entrega: Meta no ha informado de nada de lo que envió la empresa, o nada coincide con los filtros de arriba.</translation>
    </message>
    <message>
        <source>That message is not in any conversation Hookline has.</source>
        <translation>Ese mensaje no está en ninguna conversación de Hookline.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
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
        <translation>Ctrl+F  filtrar conversaciones
Ctrl+Shift+F  buscar mensajes y contactos
Alt+W  conversaciones cuya ventana de atención cierra en menos de 1 h
Ctrl+0  todas las líneas
Ctrl+1…9  la enésima línea
Ctrl+R  reintentar los eventos fallidos seleccionados
Ctrl+T  compositor de webhooks de prueba
Ctrl+Shift+V  reproducir el webhook del portapapeles
Ctrl+Q  salir</translation>
    </message>
</context>
<context>
    <name>hookline::MediaFetcher</name>
    <message>
        <source>the line&apos;s app has no access token here; set one with: hookline apps token --app-id ID</source>
        <translation>la app de la línea no tiene token de acceso aquí; configura uno con: hookline apps token --app-id ID</translation>
    </message>
    <message>
        <source>the Graph API gave no download address for media %1</source>
        <translation>la Graph API no dio ninguna dirección de descarga para el archivo %1</translation>
    </message>
    <message>
        <source>the download address is not HTTPS; the token is not sent there</source>
        <translation>la dirección de descarga no es HTTPS; el token no se envía allí</translation>
    </message>
    <message>
        <source>%1 MB, over the media cap of %2 MB (Settings)</source>
        <translation>%1 MB, por encima del límite de multimedia de %2 MB (Configuración)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>more than the media cap of %1 MB (Settings)</source>
        <translation>más que el límite de multimedia de %1 MB (Configuración)</translation>
    </message>
    <message>
        <source>Meta no longer serves this media (HTTP %1)</source>
        <translation>Meta ya no ofrece este archivo (HTTP %1)</translation>
    </message>
    <message>
        <source>the download answered HTTP %1: the access token was refused (expired or revoked?); set a new one with: hookline apps token --app-id ID</source>
        <translation>la descarga respondió HTTP %1: se rechazó el token de acceso (¿caducado o revocado?); configura uno nuevo con: hookline apps token --app-id ID</translation>
    </message>
    <message>
        <source>the download answered HTTP %1</source>
        <translation>la descarga respondió HTTP %1</translation>
    </message>
    <message>
        <source>the download stalled: nothing came for %1 s</source>
        <translation>la descarga se detuvo: no llegó nada durante %1 s</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>la descarga falló: %1</translation>
    </message>
    <message>
        <source>the download broke off after %1 bytes: %2</source>
        <translation>la descarga se cortó tras %1 bytes: %2</translation>
    </message>
    <message>
        <source>the download broke off: %1 of %2 bytes</source>
        <translation>la descarga se cortó: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the one Meta named; it was not kept</source>
        <translation>el SHA-256 del archivo no es el que indicó Meta; no se guardó</translation>
    </message>
    <message>
        <source>neither the webhook nor the Graph API named the file&apos;s SHA-256; it cannot be verified, so it is not downloaded</source>
        <translation>ni el webhook ni la Graph API indicaron el SHA-256 del archivo; no se puede verificar, así que no se descarga</translation>
    </message>
</context>
<context>
    <name>hookline::MediaViewer</name>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>This picture cannot be shown here; Open shows it in the system&apos;s viewer.</source>
        <translation>Esta imagen no se puede mostrar aquí; Abrir la muestra en el visor del sistema.</translation>
    </message>
</context>
<context>
    <name>hookline::MediaWorker</name>
    <message>
        <source>the media downloads are not running</source>
        <translation>las descargas de multimedia no están en marcha</translation>
    </message>
    <message>
        <source>no media message %1 from Meta here (has it been processed?)</source>
        <translation>aquí no hay ningún mensaje multimedia %1 de Meta (¿ya se procesó?)</translation>
    </message>
</context>
<context>
    <name>hookline::MessageCard</name>
    <message>
        <source> (voice note)</source>
        <translation> (mensaje de voz)</translation>
    </message>
    <message>
        <source> (animated)</source>
        <translation> (animado)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Flow reply</source>
        <translation>Respuesta de flujo</translation>
    </message>
    <message>
        <source>List reply</source>
        <translation>Respuesta de lista</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Respuesta de botón</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
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
        <translation>El cliente abrió el chat por primera vez</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensaje no admitido</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>Tipo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>el asunto</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>la foto</translation>
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
        <translation>Se conserva tal como se recibió: una versión de Hookline que conozca este tipo lo mostrará tras reconstruir las proyecciones.</translation>
    </message>
    <message>
        <source>☎ Incoming call</source>
        <translation>☎ Llamada entrante</translation>
    </message>
    <message>
        <source>☎ Outgoing call</source>
        <translation>☎ Llamada saliente</translation>
    </message>
    <message>
        <source>Answered · %1</source>
        <translation>Atendida · %1</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation>Rechazada por el cliente</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>No contestada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>☎ Call permission</source>
        <translation>☎ Permiso de llamada</translation>
    </message>
    <message>
        <source>Declined: the business may not call</source>
        <translation>Rechazado: la empresa no puede llamar</translation>
    </message>
    <message>
        <source>Accepted: the business may call at any time</source>
        <translation>Aceptado: la empresa puede llamar en cualquier momento</translation>
    </message>
    <message>
        <source>Accepted: the business may call until %1</source>
        <translation>Aceptado: la empresa puede llamar hasta el %1</translation>
    </message>
    <message>
        <source>Accepted: the business may call</source>
        <translation>Aceptado: la empresa puede llamar</translation>
    </message>
    <message>
        <source>Answered automatically by the customer&apos;s settings</source>
        <translation>Respondido automáticamente según la configuración del cliente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Group created</source>
        <translation>Grupo creado</translation>
    </message>
    <message>
        <source>Group “%1” created</source>
        <translation>Se creó el grupo “%1”</translation>
    </message>
    <message>
        <source>Group deleted</source>
        <translation>Grupo eliminado</translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Participantes nuevos: %1</translation>
    </message>
    <message>
        <source>Left or removed: %1</source>
        <translation>Participantes que salieron o fueron eliminados: %1</translation>
    </message>
    <message>
        <source>Asked to join: %1</source>
        <translation>Solicitud para unirse: %1</translation>
    </message>
    <message>
        <source>Withdrew a join request: %1</source>
        <translation>Solicitud para unirse retirada: %1</translation>
    </message>
    <message>
        <source>Group settings changed</source>
        <translation>Cambió la configuración del grupo</translation>
    </message>
    <message>
        <source>WhatsApp suspended this group</source>
        <translation>WhatsApp suspendió este grupo</translation>
    </message>
    <message>
        <source>The group&apos;s suspension was lifted</source>
        <translation>Se levantó la suspensión del grupo</translation>
    </message>
    <message>
        <source>Group change “%1”</source>
        <translation>Cambio de grupo “%1”</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>Se actualizó %1</translation>
    </message>
    <message>
        <source>%1 not updated</source>
        <translation>No se actualizó %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errores: %1</translation>
    </message>
</context>
<context>
    <name>hookline::MessageDelegate</name>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>%1 — Meta %2, received %3</source>
        <translation>%1 — Meta %2, recibido %3</translation>
    </message>
    <message>
        <source>    error %1: %2</source>
        <translation>    error %1: %2</translation>
    </message>
    <message>
        <source>Delivery timeline
</source>
        <translation>Cronología de entrega
</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Reenviado muchas veces</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <source>Reply — double-click to open</source>
        <translation>Respuesta — doble clic para abrir</translation>
    </message>
    <message>
        <source>Deleted by the sender</source>
        <translation>Eliminado por el remitente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>replayed</source>
        <translation>reproducido</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <translation>%1 reaccionó con %2</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <source>free (customer service window)</source>
        <translation>gratuito (ventana de atención al cliente)</translation>
    </message>
    <message>
        <source>free (entry point window)</source>
        <translation>gratuito (ventana de punto de entrada)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>pricing: %1</source>
        <translation>precio: %1</translation>
    </message>
    <message>
        <source>pricing: %1, %2</source>
        <translation>precio: %1, %2</translation>
    </message>
    <message>
        <source>From the chat history</source>
        <translation>Del historial del chat</translation>
    </message>
    <message>
        <source>payment %1 — Meta %2</source>
        <translation>pago %1 — Meta %2</translation>
    </message>
    <message>
        <source>    %1 %2, reference %3</source>
        <translation>    %1 %2, referencia %3</translation>
    </message>
    <message>
        <source>Not delivered. Meta gave no reason.</source>
        <translation>No entregado. Meta no indicó el motivo.</translation>
    </message>
    <message>
        <source>Not delivered — error %1: %2</source>
        <translation>No entregado — error %1: %2</translation>
    </message>
    <message>
        <source>Business message</source>
        <translation>Mensaje de la empresa</translation>
    </message>
    <message>
        <source>From a post</source>
        <translation>Desde una publicación</translation>
    </message>
    <message>
        <source>From an ad</source>
        <translation>Desde un anuncio</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n business message(s)</source>
        <translation>
            <numerusform>%n mensaje de la empresa</numerusform>
            <numerusform>%n mensajes de la empresa</numerusform>
        </translation>
    </message>
    <message>
        <source>click to show them</source>
        <translation>haz clic para mostrarlos</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>accepted by Meta</source>
        <translation>aceptado por Meta</translation>
    </message>
    <message>
        <source>⚠ unknown whether Meta took it; not sent again</source>
        <translation>⚠ no se sabe si Meta lo recibió; no se vuelve a enviar</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
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
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>kept past the cap</source>
        <translation>se conserva aunque supere el límite</translation>
    </message>
    <message>
        <source>Downloading… %1% (%2 of %3)</source>
        <translation>Descargando… %1% (%2 de %3)</translation>
    </message>
    <message>
        <source>Not downloaded yet; trying again: %1</source>
        <translation>Aún no descargado; se volverá a intentar: %1</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Expired: Meta no longer serves this file</source>
        <translation>Caducado: Meta ya no ofrece este archivo</translation>
    </message>
    <message>
        <source>Not downloaded: %1 is over the media cap (Settings)</source>
        <translation>No descargado: %1 supera el límite de multimedia (Configuración)</translation>
    </message>
    <message>
        <source>Removed to keep the media folder under its cap.</source>
        <translation>Eliminado para que la carpeta de multimedia no supere su límite.</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Volver a descargar</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>No se pudo descargar: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The file is not on this computer.</source>
        <translation>El archivo no está en este equipo.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Not downloaded: over the media cap (Settings)</source>
        <translation>No descargado: supera el límite de multimedia (Configuración)</translation>
    </message>
</context>
<context>
    <name>hookline::MessageListModel</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Original message not received</source>
        <translation>No se recibió el mensaje original</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>hookline::OperatorWorker</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
</context>
<context>
    <name>hookline::ReactionModel</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>A message Hookline has not seen</source>
        <translation>Un mensaje que Hookline no ha visto</translation>
    </message>
    <message>
        <source>Business message</source>
        <translation>Mensaje de la empresa</translation>
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
        <translation>Equipo remoto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>Send an approved template: the only kind of message that can reach a customer outside the service window</source>
        <translation>Enviar una plantilla aprobada: el único tipo de mensaje que llega a un cliente fuera de la ventana de atención</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Do not reply to this message</source>
        <translation>No responder a este mensaje</translation>
    </message>
    <message>
        <source>Unknown whether Meta took it: %1</source>
        <translation>No se sabe si Meta lo recibió: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Replies are not available in this console</source>
        <translation>Las respuestas no están disponibles en esta consola</translation>
    </message>
    <message>
        <source>Type a reply; Enter sends it</source>
        <translation>Escriba una respuesta; Intro la envía</translation>
    </message>
    <message>
        <source>The service window is closed: send a template (Template…)</source>
        <translation>La ventana de atención está cerrada: envíe una plantilla (Plantilla…)</translation>
    </message>
    <message>
        <source>The customer has not written yet: send a template (Template…)</source>
        <translation>El cliente aún no ha escrito: envíe una plantilla (Plantilla…)</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Respondiendo a: %1</translation>
    </message>
</context>
<context>
    <name>hookline::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search messages, file names and contacts</source>
        <translation>Buscar mensajes, nombres de archivo y contactos</translation>
    </message>
    <message>
        <source>Search every line, or one</source>
        <translation>Buscar en todas las líneas o en una</translation>
    </message>
    <message>
        <source>&amp;Open the message</source>
        <translation>&amp;Abrir el mensaje</translation>
    </message>
    <message>
        <source>Copy message &amp;id</source>
        <translation>Copiar &amp;ID del mensaje</translation>
    </message>
    <message>
        <source>Copy the &amp;text</source>
        <translation>Copiar el &amp;texto</translation>
    </message>
    <message>
        <source>Type a word or a number. Accents and case do not matter; each word matches the start of a word.</source>
        <translation>Escribe una palabra o un número. Las tildes y las mayúsculas no importan; cada palabra coincide con el inicio de una palabra.</translation>
    </message>
    <message>
        <source>The search failed; the log says why.</source>
        <translation>La búsqueda falló; el registro indica por qué.</translation>
    </message>
    <message>
        <source>Nothing to look for: type letters or digits.</source>
        <translation>Nada que buscar: escribe letras o dígitos.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try fewer or shorter words.</source>
        <translation>Nada coincide con &quot;%1&quot;. Prueba con menos palabras o más cortas.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest; narrow the search for older ones)</source>
        <translation> (los más recientes; precisa la búsqueda para ver los anteriores)</translation>
    </message>
    <message>
        <source>Enter opens</source>
        <translation>Intro abre</translation>
    </message>
</context>
<context>
    <name>hookline::SearchHitDelegate</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>hookline::SettingsDialog</name>
    <message>
        <source>App id</source>
        <translation>ID de la app</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>ID del número de teléfono</translation>
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
        <translation>Activa</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>&amp;Notify of new messages and dead letters</source>
        <translation>&amp;Notificar mensajes nuevos y eventos fallidos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>&amp;Mostrar claves secretas</translation>
    </message>
    <message>
        <source>Add &amp;app…</source>
        <translation>Añadir &amp;app…</translation>
    </message>
    <message>
        <source>&amp;Edit app…</source>
        <translation>&amp;Editar app…</translation>
    </message>
    <message>
        <source>Add &amp;line…</source>
        <translation>Añadir &amp;línea…</translation>
    </message>
    <message>
        <source>Edit l&amp;ine…</source>
        <translation>E&amp;ditar línea…</translation>
    </message>
    <message>
        <source>Change a line&apos;s label, number or app, or mark it disabled</source>
        <translation>Cambiar la etiqueta, el número o la app de una línea, o desactivarla</translation>
    </message>
    <message>
        <source>Meta apps</source>
        <translation>Apps de Meta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Receiver (changes apply at the next start)</source>
        <translation>Receptor (los cambios se aplican en el próximo inicio)</translation>
    </message>
    <message>
        <source>Callback URL (all lines)</source>
        <translation>URL de devolución de llamada (todas las líneas)</translation>
    </message>
    <message>
        <source>&amp;Listen on (host:port)</source>
        <translation>E&amp;scuchar en (host:puerto)</translation>
    </message>
    <message>
        <source>TLS &amp;certificate (PEM)</source>
        <translation>&amp;Certificado TLS (PEM)</translation>
    </message>
    <message>
        <source>TLS &amp;key (PEM)</source>
        <translation>Cla&amp;ve TLS (PEM)</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Largest &amp;body</source>
        <translation>&amp;Tamaño máximo del cuerpo</translation>
    </message>
    <message>
        <source>Retry policy and notifications</source>
        <translation>Política de reintentos y notificaciones</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>First retry after up to</source>
        <translation>Primer reintento en un máximo de</translation>
    </message>
    <message>
        <source>Attempts before a dead letter</source>
        <translation>Intentos antes de pasar a la cola de fallidos</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>Dia&amp;gnóstico…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Add a Meta app</source>
        <translation>Añadir una app de Meta</translation>
    </message>
    <message>
        <source>Edit app %1</source>
        <translation>Editar la app %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Clave secreta de la app</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Añadir una línea</translation>
    </message>
    <message>
        <source>Edit line %1</source>
        <translation>Editar la línea %1</translation>
    </message>
    <message>
        <source>Active (a disabled line shows greyed; its deliveries are still kept and processed)</source>
        <translation>Activa (una línea desactivada se muestra en gris; sus entregas se siguen guardando y procesando)</translation>
    </message>
    <message>
        <source>WABA id</source>
        <translation>ID de WABA</translation>
    </message>
    <message>
        <source>Display number</source>
        <translation>Número visible</translation>
    </message>
    <message>
        <source>Owning app</source>
        <translation>App propietaria</translation>
    </message>
    <message>
        <source>Edit app</source>
        <translation>Editar app</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Selecciona primero una app.</translation>
    </message>
    <message>
        <source>Add the Meta app that owns it first.</source>
        <translation>Añade primero la app de Meta a la que pertenece.</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Editar línea</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Selecciona primero una línea.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time the console starts.</source>
        <translation>Se aplica la próxima vez que se inicie la consola.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Deliveries older than this, and the messages, statuses and events they brought, are forgotten in the background, in the delivery log too. Takes effect the next time the console starts.</source>
        <translation>Las entregas más antiguas que esto, y los mensajes, estados y eventos que trajeron, se olvidan en segundo plano, también en el registro de entregas. Se aplica la próxima vez que se inicie la consola.</translation>
    </message>
    <message>
        <source>&amp;Keep deliveries for</source>
        <translation>&amp;Conservar entregas durante</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Customers&apos; photos, voice notes, videos and documents are downloaded beside the database, up to this much. Past it, the files viewed longest ago go first; pinned ones stay.</source>
        <translation>Las fotos, notas de voz, vídeos y documentos de los clientes se descargan junto a la base de datos, hasta esta cantidad. Por encima, se eliminan primero los archivos vistos hace más tiempo; los fijados se conservan.</translation>
    </message>
    <message>
        <source>Keep downloaded &amp;media up to</source>
        <translation>Conservar &amp;multimedia descargada hasta</translation>
    </message>
</context>
<context>
    <name>hookline::Sparkline</name>
    <message>
        <source>Webhooks accepted per second, last minute</source>
        <translation>Webhooks aceptados por segundo, último minuto</translation>
    </message>
</context>
<context>
    <name>hookline::TemplateDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>en_US, es, pt_BR…</source>
        <translation>es, en_US, pt_BR…</translation>
    </message>
    <message>
        <source>One per line: the first fills {{1}}, the next {{2}}…</source>
        <translation>Una por línea: la primera rellena {{1}}, la siguiente {{2}}…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>Only templates Meta approved for this line&apos;s account can be sent; their name and language are in WhatsApp Manager.</source>
        <translation>Solo se pueden enviar plantillas que Meta aprobó para la cuenta de esta línea; su nombre e idioma están en WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&amp;Refresh from Meta</source>
        <translation>&amp;Actualizar desde Meta</translation>
    </message>
    <message>
        <source>Type a template&apos;s name below</source>
        <translation>Escriba abajo el nombre de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Asking Meta for this line&apos;s templates…</source>
        <translation>Pidiendo a Meta las plantillas de esta línea…</translation>
    </message>
    <message>
        <source>Reading the templates kept for this line…</source>
        <translation>Leyendo las plantillas guardadas para esta línea…</translation>
    </message>
    <message>
        <source>Could not list the templates: %1</source>
        <translation>No se pudieron listar las plantillas: %1</translation>
    </message>
    <message>
        <source>No templates kept yet: Refresh from Meta</source>
        <translation>Aún no hay plantillas guardadas: actualice desde Meta</translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s)</source>
        <translation>
            <numerusform>%n plantilla aprobada</numerusform>
            <numerusform>%n plantillas aprobadas</numerusform>
        </translation>
    </message>
    <message>
        <source>This template has no variables</source>
        <translation>Esta plantilla no tiene variables</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): the first fills {{1}}, the next {{2}}…</source>
        <translation>
            <numerusform>%n línea: rellena {{1}}</numerusform>
            <numerusform>%n líneas: la primera rellena {{1}}, la siguiente {{2}}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 is %2 at Meta, not approved: it cannot be sent yet</source>
        <translation>La plantilla %1 está %2 en Meta, no aprobada: aún no se puede enviar</translation>
    </message>
</context>
<context>
    <name>hookline::TemplateHealthModel</name>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
</TS>

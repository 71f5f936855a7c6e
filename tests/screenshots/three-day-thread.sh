#!/usr/bin/env bash
# Writes webhook bodies for a three-day thread on the Support line into OUT_DIR: a customer who
# came from an ad, texts across two days and today, and runs of business messages known only by
# their statuses (one of them failed), as Meta would send them. For the screenshot tour.
#
#   tests/screenshots/three-day-thread.sh OUT_DIR
set -euo pipefail
out="$1"
mkdir -p "$out"
line=106540352242922
customer=15550003333
now=$(date +%s)
today=$(date -d "$(date +%F) 00:00" +%s)
n=0
meta() { printf '"metadata":{"display_phone_number":"15550100001","phone_number_id":"%s"}' "$line"; }
emit() { # json
    n=$((n + 1))
    printf '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",%s,%s}}]}]}\n' \
        "$(meta)" "$1" >"$out/$(printf 'thread-%03d.json' "$n")"
}
inbound() { # ts text [extra]
    emit "$(printf '"contacts":[{"profile":{"name":"Marta Ruiz"},"wa_id":"%s"}],"messages":[{"from":"%s","id":"wamid.thread.in.%s","timestamp":"%s","type":"text","text":{"body":"%s"}%s}]' \
        "$customer" "$customer" "$1" "$1" "$2" "${3:-}")"
}
status() { # ts wamid status category [errors]
    local pricing
    pricing=$(printf '"pricing":{"billable":true,"pricing_model":"PMP","category":"%s","type":"regular"}' "$4")
    emit "$(printf '"statuses":[{"id":"%s","status":"%s","timestamp":"%s","recipient_id":"%s",%s%s}]' \
        "$2" "$3" "$1" "$customer" "$pricing" "${5:-}")"
}
outbound() { # ts id category final
    local w="wamid.thread.out.$2"
    status "$1" "$w" sent "$3"
    status $(($1 + 20)) "$w" delivered "$3"
    [ "$4" = read ] && status $(($1 + 300)) "$w" read "$3"
    return 0
}
d2=$((today - 2 * 86400 + 9 * 3600))
inbound $((d2 + 60)) "Hola, ¿tienen la tetera azul del anuncio, la de 1,7 litros?" \
    ',"referral":{"source_url":"https://fb.me/4nWkT2pQx","source_id":"120210555000000123","source_type":"ad","body":"Winter kettles, 20% off this week","headline":"Chat with Northwind","media_type":"image"}'
outbound $((d2 + 400)) a1 service read
inbound $((d2 + 900)) "Perfecto, ¿cuánto tarda el envío a Valencia?"
inbound $((d2 + 960)) "Y si no me gusta, ¿puedo devolverla?"
outbound $((d2 + 1500)) a2 service read
outbound $((d2 + 1560)) a3 service read
d1=$((today - 86400 + 17 * 3600))
outbound $((d1 + 0)) b1 marketing read
outbound $((d1 + 60)) b2 marketing delivered
outbound $((d1 + 120)) b3 marketing delivered
outbound $((d1 + 180)) b4 utility delivered
inbound $((d1 + 3000)) "Ya hice el pedido 4471, gracias"
t=$((today + 8 * 3600))
[ "$t" -gt "$now" ] && t=$((now - 3600))
inbound $((t + 0)) "Buenos días, el pedido todavía no ha llegado"
inbound $((t + 40)) "¿Me pueden decir dónde está?"
status $((t + 600)) wamid.thread.out.c1 sent utility
status $((t + 610)) wamid.thread.out.c1 failed utility \
    ',"errors":[{"code":131049,"title":"This message was not delivered to maintain healthy ecosystem engagement.","message":"This message was not delivered to maintain healthy ecosystem engagement."}]'
inbound $((t + 1200)) "¿Hola?"

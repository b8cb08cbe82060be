# wrk --latency output -> "req/s p50 p90 p99 failed" (milliseconds; failed: non-2xx answers, plus one per socket-error line).
function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
/^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
/Requests\/sec/ { rps = $2 } /Non-2xx/ { failed += $5 } /Socket errors/ { failed += 1 }
END { printf "%.0f %.2f %.2f %.2f %d\n", rps, p50, p90, p99, failed + 0 }

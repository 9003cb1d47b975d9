-- GET one path (BENCH_PATH), with the cookies in BENCH_COOKIE if set (a signed-in staff session).
local path = os.getenv("BENCH_PATH") or "/"
local cookie = os.getenv("BENCH_COOKIE")

function request()
  if cookie and cookie ~= "" then
    return wrk.format("GET", path, {["Cookie"] = cookie})
  end
  return wrk.format("GET", path, {})
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests_per_s=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout))
end

-- A whole enquiry per loop, as a person without JavaScript sends it: open the start page (CSRF cookie and
-- token), press Start, answer every question page, send from "check your answers" (consent), read the
-- confirmation. Then start again as a new person with no cookies.
-- Run with as many threads as connections (-t N -c N): the state below is per thread.
-- "submissions/s" counts the POSTs of check-answers that were answered 303 (an enquiry stored).

thread_id = 0 -- set per thread in setup()
local counter = 0
local step = 0
local cookies = {}
local token = nil
local email = nil

local steps = {
  {"/enquiry/where-you-live", "borough=lambeth"},
  {"/enquiry/your-name", "fullName=Bench+Testperson"},
  {"/enquiry/contact-details", "email=%s&phone=020+7946+0000"},
  {"/enquiry/how-to-contact", "contactMethod=phone&contactTimes=weekday-evenings&contactTimes=weekends"},
  {"/enquiry/household", "applyingWith=alone"},
  {"/enquiry/interests", "interests=adopting-a-child"},
  {"/enquiry/children", "childrenConsidered=brothers-and-sisters"},
  {"/enquiry/how-you-heard", "heardAbout=search-engine"},
  {"/enquiry/equality", "skip=true"},
}

local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  submitted = 0
  unexpected = 0
end

local function cookie_header()
  local parts = {}
  for k, v in pairs(cookies) do
    table.insert(parts, k .. "=" .. v)
  end
  return table.concat(parts, "; ")
end

local function post(path, body)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie_header(),
  }, body .. "&_csrf=" .. token)
end

function request()
  if step == 0 then
    cookies = {}
    token = nil
    counter = counter + 1
    email = "bench-" .. thread_id .. "-" .. counter .. "-" .. os.time() .. "%40example.org"
    return wrk.format("GET", "/enquiry", {})
  elseif step == 1 then
    return post("/enquiry", "start=yes")
  elseif step <= 1 + #steps then
    local s = steps[step - 1]
    return post(s[1], string.format(s[2], email))
  elseif step == 2 + #steps then
    return post("/enquiry/check-answers", "consent=yes")
  else
    return wrk.format("GET", "/enquiry/confirmation", {["Cookie"] = cookie_header()})
  end
end

function response(status, headers, body)
  local set = headers["Set-Cookie"] or headers["set-cookie"]
  if set then
    local name, value = string.match(set, "^([^=]+)=([^;]*)")
    if name then cookies[name] = value end
  end
  local t = string.match(body, 'name="_csrf" value="([^"]+)"')
  if t then token = t end
  local expected = (step == 0 or step == 3 + #steps) and 200 or 303
  if status ~= expected or token == nil then
    unexpected = unexpected + 1
    step = 0 -- start again as a new person
    return
  end
  if step == 2 + #steps then
    submitted = submitted + 1
  end
  step = step + 1
  if step > 3 + #steps then
    step = 0
  end
end

function done(summary, latency, requests)
  local total_submitted, total_unexpected = 0, 0
  for _, thread in ipairs(threads) do
    total_submitted = total_submitted + thread:get("submitted")
    total_unexpected = total_unexpected + thread:get("unexpected")
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests_per_s=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d errors=%d submissions_per_s=%.1f submissions=%d unexpected=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout, total_submitted / seconds, total_submitted, total_unexpected))
end

-- Marriage registrations (POST <path>), each for a couple never seen before. Arguments: <data file> <path> <offset>
-- Party A is a man and party B a woman, both born 1950–2000 (of age), with valid synthetic ID numbers (address
-- code 500110, check character computed): the n-th couple of a run is number <offset> + thread * 400000 + n, so
-- runs given offsets 2,000,000 apart never reuse a person (one already married would be refused).
-- Counts 409 answers apart: two registrations at once can compete for the same certificate number.
local threads = {}

function setup(thread)
  thread:set("tindex", #threads)
  table.insert(threads, thread)
end

local weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local checks = { "1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2" }
local born = os.time({ year = 1950, month = 1, day = 1, hour = 12 })

local function idnumber(n, male)
  local day = math.floor(n / 500)
  local sequence = (n % 500) * 2 + (male and 1 or 0)
  local first17 = "500110" .. os.date("%Y%m%d", born + day * 86400) .. string.format("%03d", sequence)
  local sum = 0
  for i = 1, 17 do
    sum = sum + (first17:byte(i) - 48) * weights[i]
  end
  return first17 .. checks[sum % 11 + 1]
end

function init(args)
  dofile(args[1])
  path = args[2]
  couple = tonumber(args[3]) + (tindex or 0) * 400000
  bad = 0
  conflicts = 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
end

function request()
  couple = couple + 1
  local body = string.format(
    '{"partyAIdNumber":"%s","partyAName":"王%d","partyBIdNumber":"%s","partyBName":"李%d","declarationSigned":true}',
    idnumber(couple, true), couple, idnumber(couple, false), couple)
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
  if status == 409 then conflicts = conflicts + 1 end
end

function done(summary, latency, requests)
  local non2xx, conflicted = 0, 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + (t:get("bad") or 0)
    conflicted = conflicted + (t:get("conflicts") or 0)
  end
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"durationUs":%d,"non2xx":%d,"socketErrors":%d,"p50Us":%d,"p99Us":%d,"meanUs":%f,"conflicts":%d}\n',
    summary.requests, summary.duration, non2xx, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean, conflicted))
end

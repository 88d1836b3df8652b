-- Registry updates (PUT <prefix><id>) carrying the right version. Arguments: <data file> <prefix> <threads>
-- Each thread owns a disjoint share of the residents and never sends two changes of one resident at
-- once; the version for the next change is read from the answer (both the real endpoint and the
-- baseline answer with "id" and "version"). A failed answer leaves its resident out from then on.
local threads = {}

function setup(thread)
  thread:set("tindex", #threads)
  table.insert(threads, thread)
end

function init(args)
  dofile(args[1])
  prefix = args[2]
  local count = tonumber(args[3])
  free, byId, version = {}, {}, {}
  head, tail = 1, 0
  for i, p in ipairs(people) do
    if (i - 1) % count == tindex then
      tail = tail + 1
      free[tail] = i
      byId[p[1]] = i
      version[i] = 1
    end
  end
  counter = 0
  bad = 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
end

function request()
  local i
  if head <= tail then
    i = free[head]
    free[head] = nil
    head = head + 1
  else
    i = 1 -- every resident of this thread is in flight or lost: this change will fail, and count as an error
  end
  counter = counter + 1
  local p = people[i]
  local body = string.format('{"name":"%s","ethnicity":"%s","phone":"139%08d","hukouType":"%s","divisionCode":"%s","address":"%s","version":%d}',
    p[2], p[3], (tindex * 10000000 + counter) % 100000000, p[4], p[5], p[6], version[i])
  return wrk.format("PUT", prefix .. p[1], headers, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    return
  end
  local id = body:match('"id":"([^"]+)"')
  local v = body:match('"version":(%d+)')
  local i = id and byId[id]
  if i and v then
    version[i] = tonumber(v)
    tail = tail + 1
    free[tail] = i
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"durationUs":%d,"non2xx":%d,"socketErrors":%d,"p50Us":%d,"p99Us":%d,"meanUs":%f}\n',
    summary.requests, summary.duration, non2xx, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
end

-- GET requests with the bearer token. Arguments: <data file> <path> [ids]
-- With "ids", the path is a prefix and each request appends the next ID number of the data file
-- (each thread starts at a different place), so every request is a real lookup.
local threads = {}

function setup(thread)
  thread:set("tindex", #threads)
  table.insert(threads, thread)
end

function init(args)
  dofile(args[1])
  path = args[2]
  withIds = args[3] == "ids"
  position = (tindex or 0) * 997
  bad = 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
end

function request()
  local p = path
  if withIds then
    position = position % #ids + 1
    p = path .. ids[position]
  end
  return wrk.format("GET", p, headers)
end

function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"durationUs":%d,"non2xx":%d,"socketErrors":%d,"p50Us":%d,"p99Us":%d,"meanUs":%f}\n',
    summary.requests, summary.duration, non2xx, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
end

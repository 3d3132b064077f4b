#!/usr/bin/env bash
# chartdex benchmark: builds what it needs, generates the corpus, and measures chartdex (in-process
# and over HTTP), raw Lucene, embedded Solr and SQLite FTS5 on the same corpus and queries, each peer
# in its own JVM. Writes bench/results/<date>-<docs>.{json,md,svg} (or <name>.* with --name).
# The opensearch peer is chartdex over a real OpenSearch 3.8 cluster of --opensearch-nodes nodes (one
# shard per node, no replica), started in its own JVM for the run from opensearch-cluster/; it adds
# about 3 minutes to a 20K run on 2 cores (leave it out of --peers to skip it).
#
# Usage: bench/run.sh [--docs 20000] [--docs-list 10000,100000] [--millis 3000] [--clients 1,2,8]
#                     [--peers chartdex,http,lucene,solr,sqlite,opensearch] [--opensearch-nodes 1]
#                     [--seed 42] [--work DIR] [--name NAME] [--offline] [--no-build]
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bench/.." && pwd)
docs_list=20000
millis=3000
clients=1,2,8
peers=chartdex,http,lucene,solr,sqlite,opensearch
seed=42
work=${TMPDIR:-/tmp}/chartdex-bench
offline=()
heap=-Xmx2g
build=yes
os_nodes=1
name=
while [ $# -gt 0 ]; do
  case "$1" in
    --docs | --docs-list) docs_list=$2; shift 2 ;;
    --millis) millis=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --peers) peers=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --opensearch-nodes) os_nodes=$2; shift 2 ;;
    --offline) offline=(-o); shift ;;
    --no-build) build=no; shift ;;
    -h | --help) sed -n 2,11p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# A JDK 21+ (Solr 9 and chartdex both run on it): JAVA_HOME, the PATH, then /usr/lib/jvm.
find_jdk() {
  local java
  for java in "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -x "$java" ] || continue
    local v
    v=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      dirname "$(dirname "$(readlink -f "$java")")"
      return 0
    fi
  done
  echo "run.sh: needs a JDK 21 or newer" >&2
  return 1
}
export JAVA_HOME=$(find_jdk)
java="$JAVA_HOME/bin/java"
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED "$heap")
has() { [[ ",$peers," == *",$1,"* ]]; }

if [ "$build" = yes ]; then
  echo "== build (chartdex installed to the local Maven repository, then bench/ and bench/solr/)"
  (cd "$root" && ./mvnw -B -q "${offline[@]}" install -DskipTests -Dspotless.check.skip=true -Dforbiddenapis.skip=true)
  (cd "$bench" && ../mvnw -B -q "${offline[@]}" package -DskipTests)
  if has solr; then
    (cd "$bench/solr" && ../../mvnw -B -q "${offline[@]}" package -DskipTests)
  fi
  if has opensearch; then
    (cd "$root" && ./mvnw -B -q "${offline[@]}" -f opensearch-cluster/pom.xml package -DskipTests)
  fi
fi
cp_bench="$bench/target/classes:$(cat "$bench/target/classpath.txt")"
if has solr; then
  cp_solr="$bench/solr/target/classes:$(cat "$bench/solr/target/classpath.txt")"
fi
if has opensearch; then
  cp_cluster="$root/opensearch-cluster/target/classes:$(cat "$root/opensearch-cluster/target/classpath.txt")"
fi

now_ms() { date +%s%3N; }

# Runs one peer's JVM: "full" (ingest + search) or "cold" (open, first answer).
peer_jvm() {
  local peer=$1; shift
  if [ "$peer" = solr ]; then
    "$java" "$heap" -cp "$cp_solr" io.chartdex.bench.solr.SolrPeer "$@"
  elif [ "$peer" = opensearch ]; then
    "$java" "${jvm[@]}" -Dchartdex.bench.opensearch.nodes="$cluster_urls" -cp "$cp_bench" \
      io.chartdex.bench.peers.BenchPeers opensearch "$@"
  else
    "$java" "${jvm[@]}" -cp "$cp_bench" io.chartdex.bench.peers.BenchPeers "$peer" "$@"
  fi
}

run_size() {
  local n=$1 dir="$work/$n" corpus="$work/corpus-$n-$seed"
  mkdir -p "$dir"
  if [ ! -f "$corpus/queries.tsv" ]; then
    echo "== generate $n descriptions (seed $seed)"
    rm -rf "$corpus"
    "$java" -cp "$cp_bench" io.chartdex.bench.corpus.CorpusGenerator "$corpus" "$n" "$seed"
  fi
  printf '{"date":"%s","cores":%s,"cpu":"%s","java":"%s","docs":%s,"seed":%s,"millis_per_run":%s,"load_before":"%s"' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" \
    "$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p')" \
    "$n" "$seed" "$millis" "$(cut -d' ' -f1-3 /proc/loadavg)" > "$dir/machine.json"
  echo "== parser alone"
  "$java" "${jvm[@]}" -cp "$cp_bench" io.chartdex.bench.parse.ParserBench "$corpus" "$dir/parser.json"
  for peer in chartdex lucene solr sqlite; do
    has "$peer" || continue
    echo "== $peer: ingest $n, search at $clients clients"
    rm -rf "$dir/index-$peer"
    SECONDS=0
    peer_jvm "$peer" full "$corpus" "$dir/index-$peer" "$dir/$peer.json" "$millis" "$clients"
    cold_start "$peer" "$corpus" "$dir/index-$peer" "$dir/cold-$peer.json"
    echo "== $peer took ${SECONDS}s"
  done
  if has http && [ -d "$dir/index-chartdex" ]; then
    http_run "$corpus" "$dir"
  fi
  if has opensearch; then
    SECONDS=0
    opensearch_run "$corpus" "$dir"
    echo "== opensearch took ${SECONDS}s (cluster start and stop included)"
  fi
  printf ',"load_after":"%s"}\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$dir/machine.json"
}

# Wall time from process start to the first answer, measured from outside.
cold_start() {
  local peer=$1 corpus=$2 index=$3 out=$4 t0 t1
  sync
  t0=$(now_ms)
  peer_jvm "$peer" cold "$corpus" "$index" "$out.tmp" > /dev/null
  t1=$(now_ms)
  sed "s/}\$/,\"wall_ms\":$((t1 - t0))}/" "$out.tmp" > "$out" && rm -f "$out.tmp"
}

# chartdex's HTTP server (ChartdexServer, as `chartdex serve` runs it) on loopback over the index the
# in-process run built; the client is another JVM.
http_run() {
  local corpus=$1 dir=$2 port=17071 pid t0 t1
  echo "== http: chartdex server on 127.0.0.1:$port"
  t0=$(now_ms)
  "$java" "${jvm[@]}" -cp "$cp_bench" io.chartdex.bench.peers.ServeMain "$dir/index-chartdex" \
    "$port" > "$dir/serve.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; do
    kill -0 "$pid" 2> /dev/null || { cat "$dir/serve.log" >&2; return 1; }
    sleep 0.05
  done
  curl -sf "http://127.0.0.1:$port/api/search?q=accuracy&facets=type,model" > /dev/null
  t1=$(now_ms)
  printf '{"peer":"http","wall_ms":%d}\n' $((t1 - t0)) > "$dir/cold-http.json"
  peer_jvm http full "$corpus" "http://127.0.0.1:$port" "$dir/http.json" "$millis" "$clients" || true
  kill "$pid"
  wait "$pid" 2> /dev/null || true
}

# chartdex through OpenSearchChartEngine against a fresh cluster: the launcher (opensearch-cluster/,
# OpenSearch's own Lucene and Jackson, so its own JVM with 1 GB heap per node) prints "HTTP <n> <port>"
# per node then READY, and stops on "exit". The client JVM runs the same workload as the chartdex peer.
cluster_pid=
opensearch_run() {
  local corpus=$1 dir=$2 data="$dir/opensearch-data" line t0 t1 rss drain
  echo "== opensearch: start a $os_nodes-node cluster, ingest $n, search at $clients clients"
  rm -rf "$data" && mkdir -p "$data"
  cluster_urls=
  t0=$(now_ms)
  coproc CLUSTER { exec "$java" "-Xmx${os_nodes}g" "${jvm[@]:0:3}" -cp "$cp_cluster" \
    io.chartdex.cluster.TestCluster "$data" "$os_nodes" 2> "$dir/opensearch-cluster.log"; }
  cluster_pid=$CLUSTER_PID
  while IFS= read -r -t 600 -u "${CLUSTER[0]}" line; do
    case "$line" in
      "HTTP "*) cluster_urls="${cluster_urls:+$cluster_urls,}http://127.0.0.1:${line##* }" ;;
      READY) break ;;
    esac
  done
  [ "$line" = READY ] || { echo "the cluster did not start; see $dir/opensearch-cluster.log" >&2; return 1; }
  t1=$(now_ms)
  # Keep draining the launcher's stdout so that its logging never blocks on a full pipe (through a
  # duplicate: a coproc's own descriptors are not passed to background jobs).
  exec {drain}<&"${CLUSTER[0]}"
  cat <&"$drain" > "$dir/opensearch-cluster.out" &
  exec {drain}<&-
  peer_jvm opensearch full "$corpus" "$dir/index-opensearch" "$dir/opensearch.json" "$millis" "$clients"
  cold_start opensearch "$corpus" "$dir/index-opensearch" "$dir/cold-opensearch.json"
  rss=$(sed -n 's/^VmHWM:\s*\([0-9]*\) kB/\1/p' "/proc/$cluster_pid/status")
  printf '{"nodes":%d,"shards":%d,"replicas":0,"heap":"%dg","start_ms":%d,"peak_rss_bytes":%d}\n' \
    "$os_nodes" "$os_nodes" "$os_nodes" $((t1 - t0)) $((rss * 1024)) > "$dir/opensearch-cluster.json"
  stop_cluster
}

stop_cluster() {
  [ -n "$cluster_pid" ] || return 0
  echo exit >&"${CLUSTER[1]}" 2> /dev/null || kill "$cluster_pid" 2> /dev/null || true
  wait "$cluster_pid" 2> /dev/null || true
  cluster_pid=
}
trap stop_cluster EXIT

IFS=, read -r -a sizes <<< "$docs_list"
for n in "${sizes[@]}"; do
  run_size "$n"
done
name=${name:-"$(date -u +%Y-%m-%d)-${sizes[-1]}"}
"$java" -cp "$cp_bench" io.chartdex.bench.report.Report "$work" "$bench/results" "$name" "${sizes[@]}"
cat "$bench/results/$name.md"

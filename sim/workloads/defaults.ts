/**
 * Default figures of the workload templates, each with its source. Most come from
 * ../shared/data/workload_defaults.csv (published requirement and workload figures; the row
 * is named). Where no citable figure was found the default says so ("assumption") — replace
 * it with your plant's own numbers.
 */
export interface Cited<T> {
  value: T;
  source: string;
}

const CSV = '../shared/data/workload_defaults.csv';

export const DEFAULTS = {
  cyclicControl: {
    cycle: {
      value: '2 ms',
      source:
        `PROFINET RT_CLASS_1 cycle times 1, 2, 4, … 512 ms (Beckhoff TwinCAT docs, ` +
        `${CSV}); OPC UA PubSub over TSN cycle 2 000 000 ns (Intel TSN reference software)`,
    },
    size: {
      value: '100 B',
      source: `IEC/IEEE 60802 isochronous traffic: application data 30–100 bytes (Ademaj contribution, ${CSV}); + UDP/IP headers counted in the 100 B`,
    },
    deadline: { value: 'cycle', source: `IEC/IEEE 60802 isochronous: deadline usually within one transmission period; tolerance to loss 0 frames (${CSV})` },
    priority: { value: 6, source: 'IEEE 802.1Q Table I-2 traffic types: PCP 6 "internetwork control"/time-critical; PROFINET RT frames use PCP 6' },
  },
  motionControl: {
    cycle: { value: '2 ms', source: `3GPP TS 22.261 Annex D.1 motion control: cycle time as low as 2 ms (${CSV})` },
    size: { value: '56 B', source: `3GPP TS 22.261 Annex D.1: telegram size ≤ 56 bytes (${CSV})` },
    latency: { value: '1 ms', source: `3GPP TS 22.261 Annex D.1: end-to-end latency ≤ 1 ms (${CSV})` },
  },
  vision: {
    camera: {
      value: { width: 1292, height: 964, bytesPerPixel: 1, fps: 30 },
      source: `Allied Vision Mako G-125 datasheet: 1292 × 964 @ 30 fps, GigE (${CSV})`,
    },
    compression: { value: 10, source: 'assumption: JPEG at ~10:1 for inspection images (no cited figure; set 1 for raw GigE Vision streams)' },
    model: { value: 'yolo11s-int8-orin-nano', source: `Ultralytics YOLO11 TensorRT benchmarks on Jetson Orin Nano Super (${CSV})` },
    deadline: { value: '100 ms', source: `MLPerf Inference retinanet Server target latency p99 100 ms (mlcommons/inference, ${CSV})` },
    verdictSize: { value: '64 B', source: 'assumption: a reject/accept telegram to the PLC (fits one cyclic-data frame)' },
    loss: { value: 0.001, source: 'assumption: at most one image in a thousand may go uninspected' },
  },
  closedLoopAI: {
    cycle: { value: '20 ms', source: `3GPP TR 22.847 remote-controlled robot: max E2E latency 1–20 ms (${CSV})` },
    image: { value: '50 kB', source: 'assumption: a 640 × 480 compressed frame for visual servoing (no cited figure)' },
    model: { value: 'yolo11n-int8-orin-nano', source: `Ultralytics YOLO11n INT8 on Jetson Orin Nano Super: 3.91 ms/image (${CSV})` },
    jitter: { value: '5 ms', source: `3GPP TR 22.847: video latency 5 ms (${CSV}), used as the bound on latency variation` },
  },
  predictiveMaintenance: {
    interval: { value: '100 ms', source: 'assumption: one vibration feature vector per sensor every 100 ms (no cited figure)' },
    size: { value: '1 kB', source: 'assumption: 256 spectral bins of 4 B (no cited figure)' },
    deadline: { value: '1 s', source: 'assumption: maintenance analytics tolerate seconds; relaxed deadline per issue 4' },
    batch: { value: { max: 32, timeout: '200 ms' }, source: 'assumption: batch inference of sensor windows' },
    loss: { value: 0.01, source: 'assumption: analytics tolerate an occasional missing window' },
    service: { value: '20 ms', source: `assumption near Ultralytics YOLO11m INT8 on Jetson Orin Nano Super 9.58 ms/image ×2 for a batch (${CSV})` },
  },
  llm: {
    promptTokens: { value: 550, source: `LLMPerf leaderboard: mean input 550 tokens (ray-project/llmperf-leaderboard, ${CSV})` },
    outputTokens: { value: 150, source: `LLMPerf leaderboard: mean output 150 tokens (${CSV})` },
    concurrency: { value: 5, source: `LLMPerf leaderboard: 5 concurrent requests (${CSV})` },
    slo: {
      value: { ttft: 0.5, tpot: 0.03 },
      source: `MLPerf Inference llama3_1-8b-interactive: TTFT 500 ms, TPOT 30 ms (${CSV}); end-to-end = TTFT + (N_out − 1) · TPOT (AWS Neuron docs, ${CSV})`,
    },
    bytesPerToken: { value: 4, source: 'assumption: about 4 bytes of UTF-8 text per token (English text)' },
  },
  plant: {
    telemetry: {
      value: { interval: '1 s', size: '100 B', latency: '50 ms' },
      source: `3GPP TS 22.104 smart-grid load control: message < 100 B, latency < 50 ms (${CSV})`,
    },
    hmi: {
      value: { interval: '250 ms', size: '1400 B', latency: '30 ms' },
      source: `3GPP TS 22.104 mobile control panel: latency < 30 ms (${CSV}); update interval an assumption`,
    },
    historian: { value: { rate: '200 Mb/s' }, source: 'assumption: a nightly historian/backup stream as bulk TCP-like traffic' },
    modelUpdate: { value: { size: '50 MB', period: '60 s' }, source: 'assumption: a YOLO-class model file pushed to edge devices' },
  },
} as const;

/** Inference time per request of a model on an accelerator, seconds. */
export const MODELS: Record<string, Cited<number>> = {
  'yolo11n-int8-orin-nano': { value: 3.91e-3, source: `Ultralytics YOLO11n TensorRT INT8, Jetson Orin Nano Super (${CSV})` },
  'yolo11s-int8-orin-nano': { value: 5.25e-3, source: `Ultralytics YOLO11s TensorRT INT8, Jetson Orin Nano Super (${CSV})` },
  'yolo11m-int8-orin-nano': { value: 9.58e-3, source: `Ultralytics YOLO11m TensorRT INT8, Jetson Orin Nano Super (${CSV})` },
  'yolo11l-int8-orin-nano': { value: 12.37e-3, source: `Ultralytics YOLO11l TensorRT INT8, Jetson Orin Nano Super (${CSV})` },
  'yolo11x-int8-orin-nano': { value: 20.72e-3, source: `Ultralytics YOLO11x TensorRT INT8, Jetson Orin Nano Super (${CSV})` },
  'yolo11x-fp32-orin-nano': { value: 67.32e-3, source: `Ultralytics YOLO11x TensorRT FP32, Jetson Orin Nano Super (${CSV})` },
};

/** LLMs on accelerators: time to first token and inter-token latency at low concurrency, seconds. */
export const LLMS: Record<string, Cited<{ ttft: number; itl: number }>> = {
  'llama-3.1-8b-nim': {
    value: { ttft: 10.26e-3, itl: 4.63e-3 },
    source:
      'NVIDIA NIM for LLMs benchmarking, Performance: Llama-3.1-8b-instruct, ' +
      'NIM 1.8.0, concurrency 1: TTFT 10.26 ms, ITL 4.63 ms ' +
      '(docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance; hardware as specified there)',
  },
  'llama-3.3-70b-nim-2xh100': {
    value: { ttft: 47.77e-3, itl: 18.91e-3 },
    source:
      'NVIDIA NIM for LLMs benchmarking, Performance: Llama-3.3-70b-instruct, NIM 1.8.0, 2 × H100 ' +
      '80G fp8 TP2, 500 input / 2000 output tokens, concurrency 1: TTFT 47.77 ms, ITL 18.91 ms',
  },
};

/** Models with their figures from ../shared/data/accelerators.csv (checked against it by catalog.test.ts). Generated once, then kept by hand. */
import type { ModelSpec } from './types.ts';

export const MODEL_SPECS: readonly ModelSpec[] = [
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    parameters: { value: 6.74e9, source: 'assumption: 6.74e9 parameters (Hugging Face meta-llama/Llama-2-7b-hf model card; not in accelerators.csv)' },
    kvBytesPerToken: {
      value: 524288,
      row: { item: 'Llama-2-7B', metric: 'KV-cache size per token (FP16/BF16)', value: '524288', unit: 'bytes/token' },
      source: 'github:tinygrad/tinygrad examples/llama.py (commit 00cc14b13c1d6d3b873c89f7e56977f131c88fd2)',
      locator: "MODEL_PARAMS['2']['7B'] (dim 4096, n_heads 32, n_layers 32, no n_kv_heads => MHA)",
      note:
        'derived = 512 KiB/token; FP8 KV halves it. HF config meta-llama/Llama-2-7b-hf' +
        ' num_key_value_heads=32 also seen in copies; NB meta-llama/llama-models sku_list.py' +
        ' (commit 084b88e) wrongly lists n_kv_heads 8 for Llama 2 7B/13B',
    },
  },
  {
    id: 'llama-2-13b',
    name: 'Llama 2 13B',
    parameters: { value: 13.0e9, source: 'assumption: 13.0e9 parameters (Hugging Face meta-llama/Llama-2-13b-hf model card; not in accelerators.csv)' },
    kvBytesPerToken: {
      value: 819200,
      row: { item: 'Llama-2-13B', metric: 'KV-cache size per token (FP16/BF16)', value: '819200', unit: 'bytes/token' },
      source: 'github:tinygrad/tinygrad examples/llama.py (commit 00cc14b13c1d6d3b873c89f7e56977f131c88fd2)',
      locator: "MODEL_PARAMS['2']['13B'] (dim 5120, n_heads 40, n_layers 40, MHA)",
      note: 'derived = 800 KiB/token; FP8 KV halves it. ',
    },
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    parameters: { value: 68.98e9, source: 'assumption: 68.98e9 parameters (Hugging Face meta-llama/Llama-2-70b-hf model card; not in accelerators.csv)' },
    kvBytesPerToken: {
      value: 327680,
      row: { item: 'Llama-2-70B', metric: 'KV-cache size per token (FP16/BF16)', value: '327680', unit: 'bytes/token' },
      source: 'github:tinygrad/tinygrad examples/llama.py (commit 00cc14b13c1d6d3b873c89f7e56977f131c88fd2)',
      locator: "MODEL_PARAMS['2']['70B'] (dim 8192, n_heads 64, n_kv_heads 8, n_layers 80)",
      note: 'derived = 320 KiB/token; FP8 KV halves it. ',
    },
  },
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    parameters: { value: 8.03e9, source: 'assumption: 8.03e9 parameters (Hugging Face meta-llama/Llama-3.1-8B model card; not in accelerators.csv)' },
    kvBytesPerToken: {
      value: 131072,
      row: { item: 'Llama-3/3.1-8B', metric: 'KV-cache size per token (FP16/BF16)', value: '131072', unit: 'bytes/token' },
      source: 'github:meta-llama/llama-models models/sku_list.py (commit 084b88e939e954d2851ee28f96398ca54aa8f8f9)',
      locator: 'llama3_1_base_models() Meta-Llama-3.1-8B model_args (dim 4096, n_layers 32, n_heads 32, n_kv_heads 8)',
      note: 'derived = 128 KiB/token; FP8 KV halves it. ',
    },
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    parameters: { value: 70.55e9, source: 'assumption: 70.55e9 parameters (Hugging Face meta-llama/Llama-3.1-70B model card; not in accelerators.csv)' },
    kvBytesPerToken: {
      value: 327680,
      row: { item: 'Llama-3/3.1-70B', metric: 'KV-cache size per token (FP16/BF16)', value: '327680', unit: 'bytes/token' },
      source: 'github:meta-llama/llama-models models/sku_list.py (commit 084b88e939e954d2851ee28f96398ca54aa8f8f9)',
      locator: 'llama3_1_base_models() Meta-Llama-3.1-70B model_args (dim 8192, n_layers 80, n_heads 64, n_kv_heads 8)',
      note: 'derived = 320 KiB/token; FP8 KV halves it. ',
    },
  },
  {
    id: 'yolov8n',
    name: 'YOLOv8n',
    parameters: {
      value: 3.2e6,
      row: { item: 'YOLOv8n', metric: 'parameters', value: '3.2', unit: 'M' },
      scale: 1e6,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8n",
      note: 'mAPval50-95 37.3',
    },
    flopsPerInference: {
      value: 8.7e9,
      row: { item: 'YOLOv8n', metric: 'FLOPs', value: '8.7', unit: 'GFLOPs (B)' },
      scale: 1e9,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8n",
      note: "Ultralytics 'FLOPs (B)' column",
    },
    accuracy: {
      metric: 'COCO mAP 50-95',
      value: 37.3,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8n (note: mAPval50-95 37.3)",
    },
  },
  {
    id: 'yolov8s',
    name: 'YOLOv8s',
    parameters: {
      value: 1.12e7,
      row: { item: 'YOLOv8s', metric: 'parameters', value: '11.2', unit: 'M' },
      scale: 1e6,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8s",
      note: 'mAPval50-95 44.9',
    },
    flopsPerInference: {
      value: 2.86e10,
      row: { item: 'YOLOv8s', metric: 'FLOPs', value: '28.6', unit: 'GFLOPs (B)' },
      scale: 1e9,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8s",
      note: "Ultralytics 'FLOPs (B)' column",
    },
    accuracy: {
      metric: 'COCO mAP 50-95',
      value: 44.9,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8s (note: mAPval50-95 44.9)",
    },
  },
  {
    id: 'yolov8m',
    name: 'YOLOv8m',
    parameters: {
      value: 2.59e7,
      row: { item: 'YOLOv8m', metric: 'parameters', value: '25.9', unit: 'M' },
      scale: 1e6,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8m",
      note: 'mAPval50-95 50.2',
    },
    flopsPerInference: {
      value: 7.89e10,
      row: { item: 'YOLOv8m', metric: 'FLOPs', value: '78.9', unit: 'GFLOPs (B)' },
      scale: 1e9,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8m",
      note: "Ultralytics 'FLOPs (B)' column",
    },
    accuracy: {
      metric: 'COCO mAP 50-95',
      value: 50.2,
      source:
        'github:ultralytics/ultralytics docs/en/models/yolov8.md (commit' +
        ' 0059318aebf8cec7d72d30b9be003d63cae78323); rendered at' +
        ' https://docs.ultralytics.com/models/yolov8/',
      locator: "section 'Performance Metrics' > tab 'Detection (COCO)' table, row YOLOv8m (note: mAPval50-95 50.2)",
    },
  },
  {
    id: 'yolov5n',
    name: 'YOLOv5n',
    parameters: {
      value: 1.9e6,
      row: { item: 'YOLOv5n', metric: 'parameters', value: '1.9', unit: 'M' },
      scale: 1e6,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5n",
      note: 'mAPval50-95 28.0',
    },
    flopsPerInference: {
      value: 4.5e9,
      row: { item: 'YOLOv5n', metric: 'FLOPs', value: '4.5', unit: 'GFLOPs (B) @640' },
      scale: 1e9,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5n",
    },
    accuracy: {
      metric: 'COCO mAP 50-95',
      value: 28.0,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5n (note: mAPval50-95 28.0)",
    },
  },
  {
    id: 'yolov5s',
    name: 'YOLOv5s',
    parameters: {
      value: 7.2e6,
      row: { item: 'YOLOv5s', metric: 'parameters', value: '7.2', unit: 'M' },
      scale: 1e6,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5s",
      note: 'mAPval50-95 37.4',
    },
    flopsPerInference: {
      value: 1.65e10,
      row: { item: 'YOLOv5s', metric: 'FLOPs', value: '16.5', unit: 'GFLOPs (B) @640' },
      scale: 1e9,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5s",
    },
    accuracy: {
      metric: 'COCO mAP 50-95',
      value: 37.4,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5s (note: mAPval50-95 37.4)",
    },
  },
  {
    id: 'yolov5m',
    name: 'YOLOv5m',
    parameters: {
      value: 2.12e7,
      row: { item: 'YOLOv5m', metric: 'parameters', value: '21.2', unit: 'M' },
      scale: 1e6,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5m",
      note: 'mAPval50-95 45.4',
    },
    flopsPerInference: {
      value: 4.9e10,
      row: { item: 'YOLOv5m', metric: 'FLOPs', value: '49', unit: 'GFLOPs (B) @640' },
      scale: 1e9,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5m",
    },
    accuracy: {
      metric: 'COCO mAP 50-95',
      value: 45.4,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Pretrained Checkpoints' table, row YOLOv5m (note: mAPval50-95 45.4)",
    },
  },
  {
    id: 'resnet-50',
    name: 'ResNet-50',
    parameters: {
      value: 2.56e7,
      row: { item: 'ResNet-50', metric: 'parameters', value: '25.6', unit: 'M' },
      scale: 1e6,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Classification' > 'Classification Checkpoints' table, row ResNet50",
    },
    flopsPerInference: {
      value: 8.5e9,
      row: { item: 'ResNet-50', metric: 'FLOPs', value: '8.5', unit: 'GFLOPs (B) @224' },
      scale: 1e9,
      source: 'github:ultralytics/yolov5 README.md (commit 0026ac66cc197d74bbf556479556d1f4fd3a9318)',
      locator: "section 'Classification' > 'Classification Checkpoints' table, row ResNet50",
      note: 'torchvision-style figure (~4.1 GMACs) not verified here',
    },
  },
];

package io.chartdex.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The words the generator draws from: chart types with realistic shares, a long-tailed axis-label
 * vocabulary (a few thousand labels drawn Zipf-like, so a handful are very common and most are
 * rare), models with size suffixes plus invented method names, series names and colours.
 * Immutable after construction; built from a seed so every run sees the same vocabulary.
 */
final class Vocabulary {
  /** Canonical chart type, how headers write it, and its share of real corpora (per mille). */
  record TypeEntry(String canonical, String header, String noun, int perMille) {}

  static final List<TypeEntry> TYPES =
      List.of(
          new TypeEntry("line", "Line Chart", "line chart", 300),
          new TypeEntry("line", "Line Graph", "line graph", 80),
          new TypeEntry("bar", "Bar Chart", "bar chart", 170),
          new TypeEntry("scatter", "Scatter Plot", "scatter plot", 100),
          new TypeEntry("heatmap", "Heatmap", "heatmap", 70),
          new TypeEntry("box", "Box Plot", "box plot", 50),
          new TypeEntry("histogram", "Histogram", "histogram", 50),
          new TypeEntry("area", "Area Chart", "stacked area chart", 40),
          new TypeEntry("density", "Density Plot", "density plot", 30),
          new TypeEntry("pie", "Pie Chart", "pie chart", 20),
          new TypeEntry("violin", "Violin Plot", "violin plot", 30),
          new TypeEntry("radar", "Radar Chart", "radar chart", 20),
          new TypeEntry("bar", "Grouped Bar Chart", "grouped bar chart", 40));

  private static final String[] QUANTITIES = {
    "Accuracy", "Loss", "Training Loss", "Validation Loss", "Test Accuracy", "F1 Score", "BLEU",
    "Perplexity", "Time", "Runtime", "Wall-clock Time", "Throughput", "Latency", "Energy",
    "Temperature", "Reward", "Average Reward", "Success Rate", "Number of Parameters",
    "Training Steps", "Epoch", "Batch Size", "Learning Rate", "SNR", "Frequency", "Wavelength",
    "Redshift", "Iterations", "Number of Queries", "Samples", "Dataset Size", "GPU Hours",
    "FLOPs", "Tokens", "Recall@10", "Precision", "AUC", "Mean Squared Error", "RMSE", "MAE",
    "Error Rate", "Word Error Rate", "Top-1 Accuracy", "Top-5 Accuracy", "mAP", "IoU",
    "Dice Coefficient", "PSNR", "SSIM", "FID", "Inception Score", "Compute", "Memory Usage",
    "Power", "Voltage", "Current", "Pressure", "Density", "Velocity", "Displacement", "Strain",
    "Stress", "Concentration", "Population", "Cost", "Revenue", "Price", "Probability",
    "Frequency of Occurrence", "Count", "Relative Error", "Speedup", "Efficiency", "Coverage",
    "Bit Error Rate", "Spectral Efficiency", "Sum Rate", "Outage Probability", "Transmit Power",
    "Distance", "Depth", "Altitude", "Magnitude", "Luminosity", "Flux", "Entropy",
    "KL Divergence", "Gradient Norm", "Attention Score", "Similarity", "Cosine Similarity",
    "Win Rate", "Pass@1", "Exact Match", "Calibration Error", "Regret", "Cumulative Regret",
    "Primal Residual", "Objective Value", "Duality Gap", "Sparsity", "Compression Ratio",
    "Model Size", "Context Length", "Sequence Length", "Number of Layers", "Hidden Size",
    "Number of Nodes", "Number of Clients", "Communication Rounds", "Episode", "Time Slot",
    "Year", "Age", "Score", "Normalized Score", "Human Preference", "Toxicity", "Fairness Gap"
  };

  private static final String[] MODIFIERS = {
    "", "", "", "", "Mean ", "Average ", "Normalized ", "Relative ", "Log ", "Cumulative ",
    "Per-token ", "Median ", "Max ", "Estimated ", "Empirical ", "Test ", "Train "
  };

  private static final String[] UNITS = {
    "", "", "", "", " (%)", " (s)", " (ms)", " (dB)", " (Hz)", " (nm)", " (kWh)", " (°C)",
    " (GB)", " (MB/s)", " (W)", " (K)", " (m)", " (log scale)", " [a.u.]", " (x10^3)"
  };

  static final String[] COLORS = {
    "blue", "red", "green", "orange", "purple", "brown", "pink", "gray", "olive", "cyan",
    "black", "dark blue", "light blue", "dark green", "teal", "magenta", "yellow", "navy"
  };

  static final String[] HEX = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
  };

  private static final String[] MODEL_FAMILIES = {
    "GPT-2", "GPT-3", "GPT-3.5", "GPT-4", "Llama-2-7B", "Llama-2-13B", "Llama-2-70B", "Mistral",
    "Mixtral", "Falcon", "Qwen", "Gemma", "PaLM", "Chinchilla", "BLOOM", "OPT", "BERT", "RoBERTa",
    "DistilBERT", "ALBERT", "ELECTRA", "DeBERTa", "XLNet", "T5", "BART", "ResNet-18", "ResNet-34",
    "ResNet-50", "ResNet-101", "ResNet-152", "VGG-16", "ViT-B/16", "ViT-L/14", "DenseNet-121",
    "MobileNetV2", "EfficientNet-B0", "EfficientNet-B7", "U-Net", "Mask R-CNN", "YOLOv5",
    "YOLOv8", "CLIP", "LSTM", "GRU", "Transformer", "XGBoost", "Random Forest", "SVM", "PPO",
    "DQN", "SAC", "A2C", "TD3", "Adam", "SGD", "AdamW", "GCN", "GAT", "GraphSAGE", "Stable Diffusion",
    "DDPM", "StyleGAN2", "Whisper", "wav2vec 2.0", "Gemini Pro", "Claude-2", "Vicuna", "Alpaca"
  };

  private static final String[] SYLLABLES = {
    "Ada", "Graph", "Spec", "Flow", "Sparse", "Deep", "Meta", "Hyper", "Fed", "Quant", "Neuro",
    "Vision", "Seg", "Trans", "Diff", "Mamba", "Retro", "Hydra", "Echo", "Prism"
  };

  private static final String[] SUFFIXES = {"-Net", "Former", "GPT", "BERT", "-Net", "LM"};

  static final String[] DATASETS = {
    "CIFAR-10", "CIFAR-100", "ImageNet", "MNIST", "COCO", "SQuAD", "GLUE", "WikiText-103",
    "Penn Treebank", "LibriSpeech", "Atari", "MuJoCo", "HumanEval", "GSM8K", "MMLU", "Cora",
    "PubMed", "KITTI", "Cityscapes", "ADE20K", "the test set", "synthetic data"
  };

  static final String[] GENERIC_SERIES = {
    "Baseline", "Ours", "Train", "Validation", "Test", "n = 1", "n = 2", "n = 4", "T=0.05",
    "T=0.10", "Upper bound", "Oracle", "Random", "Greedy", "Proposed", "Theory", "Simulation",
    "Measured", "Predicted", "Control", "Treatment"
  };

  private final List<String> axisLabels;
  private final double[] axisCdf;
  private final List<String> models;

  Vocabulary(long seed) {
    Random random = new Random(seed);
    List<String> labels = new ArrayList<>();
    for (String q : QUANTITIES) {
      for (String m : MODIFIERS) {
        for (String u : UNITS) {
          if (!m.isEmpty() || !u.isEmpty() || labels.size() % 3 == 0) {
            labels.add(m + q + u);
          }
        }
      }
    }
    java.util.Collections.shuffle(labels, random);
    this.axisLabels = List.copyOf(labels.stream().distinct().toList());
    this.axisCdf = zipf(axisLabels.size(), 1.05);
    List<String> ms = new ArrayList<>(List.of(MODEL_FAMILIES));
    for (int i = 0; i < 400; i++) {
      ms.add(
          SYLLABLES[random.nextInt(SYLLABLES.length)]
              + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase(java.util.Locale.ROOT)
              + SUFFIXES[random.nextInt(SUFFIXES.length)]);
    }
    this.models = List.copyOf(ms.stream().distinct().toList());
  }

  private static double[] zipf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  int axisLabelCount() {
    return axisLabels.size();
  }

  String axisLabel(Random random) {
    int i = java.util.Arrays.binarySearch(axisCdf, random.nextDouble());
    return axisLabels.get(Math.min(axisLabels.size() - 1, i < 0 ? -i - 1 : i));
  }

  /** A model: known families and invented names, the first ones far more common. */
  String model(Random random) {
    int n = models.size();
    int i = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * n);
    return models.get(Math.min(n - 1, i));
  }

  static TypeEntry type(Random random) {
    int roll = random.nextInt(TYPES.stream().mapToInt(TypeEntry::perMille).sum());
    for (TypeEntry t : TYPES) {
      roll -= t.perMille();
      if (roll < 0) {
        return t;
      }
    }
    return TYPES.get(0);
  }

  static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }
}

#pragma once
// One run is one RunConfig value: the GUI form builds it, the CLI reads it from JSON, and the
// run store writes it back fully resolved. Defaults are the CPU-scale mixture experiment of
// design.md §8; the JSON key of each field is given in its comment. A member becomes a config key
// through one entry of the field table (config_fields.cpp), which reads, writes and checks it.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/config/meta_config.h"
#include "core/config/names.h"
#include "core/util/result.h"

namespace icl::core {

constexpr int kSchemaVersion = 1;

/// Pair-wise metric family (design.md §2.1).
struct SimTaskConfig {
  int64_t ncTrain = 1;  // "nc_train": prototypes per class for training tasks (§7.1: not 0)
  int64_t ncTest = 2;   // "nc_test": prototypes per class for test tasks
};

/// Class-prototype family (design.md §2.2, §2.4).
struct ProtoTaskConfig {
  bool anchorsTrain = false;  // "anchors_train": one sample per class first, generating labels
  bool anchorsTest = true;    // "anchors_test": the test.py version
};

/// Amortization family (design.md §2.3, §2.4).
struct AveTaskConfig {
  bool anchorsTrain = true;   // "anchors_train": mixture training uses anchors; single-family not
  bool anchorsTest = true;    // "anchors_test"
  bool literalAnchorLabels = true;  // "literal_anchor_labels": §7.8, anchors carry flipped labels
  double anchorOffset = 0.1;  // "anchor_offset": anchors sit at w -/+ offset in every coordinate
  double anchorStd = 0.1;     // "anchor_std": spread of the anchors around those points
};

/// Radial family, a task no learner's structure matches (design.md §2.6).
struct RadTaskConfig {
  double rMin = 2.0;  // "r_min"
  double rMax = 4.0;  // "r_max"
};

struct TaskConfig {
  int64_t d = 2;                            // "d": input dimension
  int64_t classes = 2;                      // "C": number of classes
  int64_t length = 20;                      // "N": examples per training sequence
  double sigma = 1.0;                       // "sigma": input noise scale
  double normP = 3.0;                       // "norm_p": §7.7, p of the norm in sim labels
  /// "mean_offset": added to every coordinate of the location draws (sim and rad: the inputs'
  /// mean; proto: the centres; ave: w), so the inputs move and each rule labels them where they
  /// are; the distribution-shift test of issue #10 (design.md §9)
  double meanOffset = 0.0;
  TaskFamily trainFamily = TaskFamily::Mix;  // "train_family"
  std::map<TaskFamily, double> mixture = {  // "mixture": weight per family, normalised
      {TaskFamily::Sim, 1.0}, {TaskFamily::Proto, 1.0}, {TaskFamily::Ave, 1.0},
      {TaskFamily::Rad, 0.0}};
  SimTaskConfig sim;      // "sim"
  ProtoTaskConfig proto;  // "proto"
  AveTaskConfig ave;      // "ave"
  RadTaskConfig rad;      // "rad"

  /// Token width of the ICL transformer: d + 2C.
  int64_t tokenWidth() const { return d + 2 * classes; }
};

enum class Similarity { Dot, Cosine };

struct IclLearnerConfig {
  bool enabled = true;       // "enabled"
  double lr = 3e-3;          // "lr": Adam learning rate
  int64_t depth = 4;         // "depth": layers (paper 8)
  int64_t ffMult = 4;        // "ff_mult": FF hidden width = ff_mult x token width (paper 4)
  int64_t prefixChunk = 0;   // "prefix_chunk": query prefixes per padded pass; 0 = by device
  std::string kernel = "auto";  // "kernel": "fused" (CPU float32), "torch" or "auto" (by device)
};

struct MatchNetLearnerConfig {
  bool enabled = true;
  double lr = 3e-3;
  Similarity similarity = Similarity::Cosine;  // "similarity": "dot" or "cosine" (§7.4)
};

struct ProtoNetLearnerConfig {
  bool enabled = true;
  double lr = 3e-3;
  bool embedQuery = false;  // "embed_query": §7.2, upstream compares the raw query
};

struct CnpLearnerConfig {
  bool enabled = true;
  double lr = 3e-3;
  int64_t hidden = 0;  // "hidden": encoder/decoder width; 0 resolves to d + 2C (paper 6)
};

struct LearnersConfig {
  IclLearnerConfig icl;            // "icl"
  MatchNetLearnerConfig matchNet;  // "matchnet"
  ProtoNetLearnerConfig protoNet;  // "protonet"
  CnpLearnerConfig cnp;            // "cnp"

  bool enabled(LearnerKind kind) const;
  double lr(LearnerKind kind) const;
  std::vector<LearnerKind> enabledLearners() const;
};

struct TrainConfig {
  int64_t steps = 3000;      // "steps": optimiser steps, one fresh batch each
  int64_t batchSize = 30;    // "batch_size": tasks per batch, shared by all learners
  int64_t start = 0;         // "start": first query position in the loss (uproto.py: 2)
  double lossDivisor = 0.0;  // "loss_divisor": 0 = number of query positions; §7.5 uses N-2
  int64_t evalEvery = 250;   // "eval_every": steps between evaluations (also at 0 and the end)
};

struct EvalConfig {
  int64_t tasksPerFamily = 512;  // "tasks_per_family": fixed, seeded test tasks per family
  int64_t length = 50;           // "N": test sequence length (2x training shows extrapolation)
  std::vector<TaskFamily> families = {TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Sim,
                                      TaskFamily::Mix};  // "families"
};

/// Re-evaluation of a trained classification run on new test sets (`icl-lab-cli evaluate`,
/// issue #10, design.md §9): distribution shift in sigma and in the mean, the radial task with
/// the selection baseline and the oracle, and the algorithm probe.
struct GeneralisationConfig {
  std::vector<double> sigmas = {1, 2, 3, 4, 5};  // "sigmas": input scales of the shift sets
  std::vector<double> offsets = {0, 1, 2, 3};    // "offsets": mean offsets of the offset sets
  std::vector<TaskFamily> families = {TaskFamily::Proto, TaskFamily::Ave,
                                      TaskFamily::Sim};  // "families": no mix
  int64_t tasksPerFamily = 512;  // "tasks_per_family": test tasks per test set
  bool rad = true;               // "rad": the radial set with selection and oracle
  bool probe = true;             // "probe": probe.csv, ICL's agreement with each reference
  bool afterTraining = false;    // "after_training": `run` evaluates a completed run
};

/// @brief The complete description of one experiment.
struct RunConfig {
  std::string name = "custom";  // "name"
  std::string description;      // "description"
  /// "experiment": "classification" (default, design.md §2-4), "regression" (I1) or "meta_meta" (I2)
  Experiment experiment = Experiment::Classification;
  uint64_t seed = 0;            // "seed": drives every random draw of the run
  std::string device = "auto";  // "device": "auto", "cpu" or "cuda"
  int64_t threads = 0;          // "threads": intra-op threads; 0 = measured default
  TaskConfig task;              // "task"
  LearnersConfig learners;      // "learners"
  TrainConfig train;            // "train"
  EvalConfig eval;              // "eval"
  GeneralisationConfig generalisation;  // "generalisation": classification runs
  RegressionConfig regression;  // "regression": used when experiment = "regression"
  MetaMetaConfig metaMeta;      // "meta_meta": used when experiment = "meta_meta"

  /// @brief Parses and validates; unknown keys, wrong types and out-of-range values are errors
  /// naming the key path, the value and what is expected. Missing keys keep their defaults.
  /// @param source name used in messages (a file name or "preset p1-sim")
  static Result<RunConfig> fromJson(const nlohmann::json& json, const std::string& source);
  static Result<RunConfig> fromJsonText(const std::string& text, const std::string& source);
  static Result<RunConfig> fromFile(const std::filesystem::path& path);

  nlohmann::json toJson() const;
  std::string toJsonText() const;

  /// @brief Range checks across fields; the message names the key path.
  Status validate() const;
  /// @brief Fills "auto" values (CNP width) that do not depend on the machine.
  void resolveDefaults();
};

}  // namespace icl::core

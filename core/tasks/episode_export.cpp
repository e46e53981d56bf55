#include "core/tasks/episode_export.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/tasks/task_sampler.h"
#include "core/util/atomic_file.h"

namespace icl::core {

namespace {

nlohmann::json tensorToJson(const torch::Tensor& tensor) {
  const torch::Tensor values = tensor.to(torch::kDouble).contiguous();
  if (values.dim() == 0) {
    return values.item<double>();
  }
  nlohmann::json list = nlohmann::json::array();
  for (int64_t i = 0; i < values.size(0); ++i) {
    list.push_back(tensorToJson(values[i]));
  }
  return list;
}

// Parameters drawn once per batch (a shared permutation, a shared coin) are not per task.
bool perTask(const std::string& name) {
  return name != "permutation" && name != "anchor_order" && name != "anchor_swap";
}

nlohmann::json taskConfigJson(const TaskConfig& task) {
  RunConfig holder;
  holder.task = task;
  return holder.toJson()["task"];
}

}  // namespace

Status exportEpisodes(const TaskConfig& task, const SampleRequest& request,
                      const std::filesystem::path& csvPath) {
  TaskSampler sampler(task, request.seed);
  const Episode episode = sampler.sample(request.family, request.tasks, request.length,
                                         request.testSplit ? TaskSplit::Test : TaskSplit::Train);
  std::ostringstream csv;
  csv.precision(9);
  csv << "task,position";
  for (int64_t j = 0; j < task.d; ++j) {
    csv << ",x" << j;
  }
  csv << ",label\n";
  const auto x = episode.x.accessor<float, 3>();
  const auto labels = episode.labels.accessor<int64_t, 2>();
  for (int64_t t = 0; t < episode.tasks(); ++t) {
    for (int64_t p = 0; p < episode.length(); ++p) {
      csv << t << ',' << p;
      for (int64_t j = 0; j < task.d; ++j) {
        csv << ',' << x[t][p][j];
      }
      csv << ',' << labels[t][p] << '\n';
    }
  }

  nlohmann::json tasks = nlohmann::json::array();
  nlohmann::json batchLevel = nlohmann::json::object();
  for (const FamilyBlock& block : episode.blocks) {
    for (int64_t t = 0; t < block.count; ++t) {
      nlohmann::json entry = {{"task", block.begin + t}, {"family", familyName(block.family)}};
      for (const auto& [name, tensor] : block.parameters) {
        if (perTask(name)) {
          entry[name] = tensorToJson(tensor[t]);
        }
      }
      tasks.push_back(entry);
    }
    for (const auto& [name, tensor] : block.parameters) {
      if (!perTask(name)) {
        batchLevel[familyName(block.family)][name] = tensorToJson(tensor);
      }
    }
  }
  const nlohmann::json document = {{"family", familyName(request.family)},
                                   {"tasks", request.tasks},
                                   {"length", request.length},
                                   {"seed", request.seed},
                                   {"split", request.testSplit ? "test" : "train"},
                                   {"task_config", taskConfigJson(task)},
                                   {"batch_parameters", batchLevel},
                                   {"task_parameters", tasks}};
  const Status csvWritten = writeFileAtomically(csvPath, csv.str());
  if (!csvWritten) {
    return csvWritten;
  }
  std::filesystem::path jsonPath = csvPath;
  jsonPath.replace_extension(".json");
  return writeFileAtomically(jsonPath, document.dump(2) + "\n");
}

}  // namespace icl::core

// icl-lab-cli sample: exports sampled episodes as CSV and their task parameters as JSON.
#include <filesystem>

#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/config_loader.h"
#include "core/tasks/episode_export.h"

namespace icl::app {

int commandSample(const std::vector<std::string>& rawArgs, const CommandContext& context) {
  const Arguments args = parseArguments(rawArgs,
                                        {"--family", "--tasks", "--shots", "--seed", "--out",
                                         "--split", "--preset", "--config"},
                                        {});
  const core::RunConfig config = loadConfig(args, false);
  core::SampleRequest request;
  const auto family = core::parseFamily(args.get("--family").value_or(""));
  if (!family) {
    throw UsageError("--family " + args.get("--family").value_or("(missing)") +
                     ": expected one of sim, proto, ave, rad, mix");
  }
  request.family = *family;
  request.tasks = parseInteger("--tasks", args.get("--tasks").value_or("4"), 1);
  request.length = parseInteger("--shots", args.get("--shots").value_or("20"), 1);
  request.seed =
      static_cast<uint64_t>(parseInteger("--seed", args.get("--seed").value_or("0"), 0));
  const std::string split = args.get("--split").value_or("train");
  if (split != "train" && split != "test") {
    throw UsageError("--split " + split + ": expected train or test");
  }
  request.testSplit = split == "test";
  const auto outPath = args.get("--out");
  if (!outPath) {
    throw UsageError("'sample' needs --out FILE.csv");
  }
  if (request.length < config.task.classes &&
      (config.task.proto.anchorsTrain || config.task.ave.anchorsTrain || request.testSplit)) {
    throw UsageError("--shots " + std::to_string(request.length) +
                     ": anchors need at least C = " + std::to_string(config.task.classes) +
                     " positions");
  }
  const core::Status written = core::exportEpisodes(config.task, request, *outPath);
  if (!written) {
    throw UsageError(written.error());
  }
  std::filesystem::path jsonPath = *outPath;
  jsonPath.replace_extension(".json");
  context.out << "wrote " << *outPath << " and " << jsonPath.string() << "\n";
  return kExitOk;
}

}  // namespace icl::app

#include "ui/decision_picture.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace icl::ui {

namespace {

QRgb blend(QColor towards, float amount) {
  const float a = std::clamp(amount, 0.0f, 1.0f);
  const auto mix = [a](int channel) {
    return static_cast<int>(std::lround(255.0f + (static_cast<float>(channel) - 255.0f) * a));
  };
  return qRgb(mix(towards.red()), mix(towards.green()), mix(towards.blue()));
}

}  // namespace

QColor classColour(int64_t label) {
  // A blue/orange pair that colour-blind readers tell apart (Okabe-Ito).
  return label == 0 ? QColor(0, 114, 178) : QColor(230, 159, 0);
}

QImage probabilityImage(const std::vector<float>& classZero, int64_t rows, int64_t columns) {
  QImage image(static_cast<int>(columns), static_cast<int>(rows), QImage::Format_RGB32);
  if (static_cast<int64_t>(classZero.size()) != rows * columns) {
    image.fill(Qt::lightGray);
    return image;
  }
  // Full colour would hide the points; 0.75 keeps the strongest regions readable under them.
  constexpr float kStrength = 0.75f;
  const QColor zero = classColour(0);
  const QColor one = classColour(1);
  for (int64_t row = 0; row < rows; ++row) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(static_cast<int>(row)));
    for (int64_t column = 0; column < columns; ++column) {
      const float p = classZero[static_cast<std::size_t>(row * columns + column)];
      line[column] = p >= 0.5f ? blend(zero, kStrength * 2.0f * (p - 0.5f))
                               : blend(one, kStrength * 2.0f * (0.5f - p));
    }
  }
  return image;
}

QVector<QLineF> contourSegments(const std::vector<float>& values, int64_t rows, int64_t columns,
                                float level) {
  QVector<QLineF> segments;
  if (static_cast<int64_t>(values.size()) != rows * columns || rows < 2 || columns < 2) {
    return segments;
  }
  const auto at = [&](int64_t row, int64_t column) {
    return values[static_cast<std::size_t>(row * columns + column)] - level;
  };
  // Where the level crosses the edge between two cell centres (linear interpolation).
  const auto cross = [](QPointF a, QPointF b, float va, float vb) {
    const double t = va == vb ? 0.5 : static_cast<double>(va / (va - vb));
    return a + (b - a) * t;
  };
  for (int64_t row = 0; row + 1 < rows; ++row) {
    for (int64_t column = 0; column + 1 < columns; ++column) {
      // Corners of the square between four cell centres, clockwise from the top left.
      const std::array<QPointF, 4> p = {
          QPointF(column + 0.5, row + 0.5), QPointF(column + 1.5, row + 0.5),
          QPointF(column + 1.5, row + 1.5), QPointF(column + 0.5, row + 1.5)};
      const std::array<float, 4> v = {at(row, column), at(row, column + 1),
                                      at(row + 1, column + 1), at(row + 1, column)};
      std::vector<QPointF> crossings;
      for (int edge = 0; edge < 4; ++edge) {
        const int next = (edge + 1) % 4;
        if ((v[edge] >= 0.0f) != (v[next] >= 0.0f)) {
          crossings.push_back(cross(p[edge], p[next], v[edge], v[next]));
        }
      }
      // Two crossings: one segment; four (a saddle): pair them along the edges' order.
      for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        segments.append(QLineF(crossings[i], crossings[i + 1]));
      }
    }
  }
  return segments;
}

}  // namespace icl::ui

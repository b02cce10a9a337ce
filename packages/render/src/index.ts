// @waymark/render: the map layout and its SVG. Pure and browser-safe (no node:*, resvg or pdfkit);
// PNG and PDF live behind the Node-only entry point `@waymark/render/node`.

// --- charts of an analysis (the HTML report and the web app) ---
export {
  chartNames,
  emotionChart,
  funnelChart,
  sankeyChart,
  scoreChart,
} from './charts/analysisCharts.js';
// --- channel icons (the editor's channel picker) ---
export { channelIcon } from './icons.js';
// --- layout ---
export type {
  Grid,
  LaneContext,
  LaneDefinition,
  LaneGroup,
  MeasuredCell,
  MeasuredLane,
} from './lanes/lane.js';
export { findLane, lanes } from './lanes/registry.js';
export type { LaneRow } from './layout/laneRows.js';
export type { ColumnPlacement, MapLayout } from './layout/layoutJourney.js';
export { layoutJourney } from './layout/layoutJourney.js';
export type { LaneId, PageSize, RenderOptions } from './options.js';
export { laneIds, pagePoints, pageSizes } from './options.js';
// --- scene ---
export type {
  Box,
  CircleItem,
  GroupItem,
  LineItem,
  PathItem,
  RectItem,
  Scene,
  SceneItem,
  TextItem,
} from './scene/scene.js';
export { collectBoxes, collectTexts } from './scene/scene.js';
// --- svg ---
export { escapeXml } from './svg/escapeXml.js';
export { renderSvg } from './svg/renderSvg.js';
export { writeSvg } from './svg/writeSvg.js';
// --- text ---
export type { FontWeight, TextStyle } from './text/measure.js';
export { hasWideText, measureText } from './text/measure.js';
export { wrapText } from './text/wrap.js';
// --- themes ---
export type { Theme, ThemeName } from './theme.js';
export { themeNames } from './theme.js';

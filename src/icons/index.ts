export {
  channelIcon,
  isKnownChannel,
  emotionGlyph,
  momentOfTruthIcon,
  evidenceGlyph,
  closeIcon,
  metricStatusIcon,
  staleIcon,
} from './icons.js';

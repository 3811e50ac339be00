export {
  channelIcon,
  isKnownChannel,
  emotionGlyph,
  momentOfTruthIcon,
  evidenceGlyph,
  closeIcon,
} from './icons.js';

import type { EditMessageFactory } from '../edit-messages.js';

export const zhHant: EditMessageFactory = (f) => ({
  editingHint: '可編輯。Alt 加左右方向鍵移動接觸點，Alt 加上下方向鍵調整情緒，Enter 或 F2 編輯，Delete 刪除，Ctrl+Z 復原。',
  moved: (title, stage, position, count) => `已將「${title}」移至${stage}，第 ${f.n(position)} 個（共 ${f.n(count)} 個）`,
  alreadyFirst: (title) => `「${title}」已是第一個`,
  alreadyLast: (title) => `「${title}」已是最後一個`,
  emotionChanged: (title, emotion) => `${title}：情緒 ${emotion}`,
  removed: (title) => `已刪除「${title}」`,
  undo: '復原',
  redo: '重做',
  undone: '已復原',
  redone: '已重做',
  nothingToUndo: '沒有可復原的操作',
  nothingToRedo: '沒有可重做的操作',
  refused: '未進行變更',
  stale: '此步驟已不適用：旅程之後已有變更',
  remoteRefused: (problems) => `無法套用變更：${problems}`,
  dismiss: '關閉',
});

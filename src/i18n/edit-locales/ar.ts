import type { EditMessageFactory } from '../edit-messages.js';

export const ar: EditMessageFactory<'zero' | 'one' | 'two' | 'few' | 'many' | 'other'> = (f) => ({
  editingHint:
    'قابل للتحرير. Alt مع السهم الأيسر أو الأيمن ينقل نقطة تواصل، وAlt مع السهم العلوي أو السفلي يغيّر الشعور، وEnter أو F2 للتحرير، وDelete للحذف، وCtrl+Z للتراجع.',
  moved: (title, stage, position, count) => `نُقلت «${title}» إلى ${stage}، ${f.n(position)} من ${f.n(count)}`,
  alreadyFirst: (title) => `«${title}» في الموضع الأول بالفعل`,
  alreadyLast: (title) => `«${title}» في الموضع الأخير بالفعل`,
  emotionChanged: (title, emotion) => `${title}: الشعور ${emotion}`,
  removed: (title) => `حُذفت «${title}»`,
  undo: 'تراجع',
  redo: 'إعادة',
  undone: 'تم التراجع',
  redone: 'تمت الإعادة',
  nothingToUndo: 'لا شيء للتراجع عنه',
  nothingToRedo: 'لا شيء لإعادته',
  refused: 'لم يُجرَ التغيير',
  stale: 'لم تعد هذه الخطوة صالحة: تغيّرت الرحلة منذ ذلك الحين',
  remoteRefused: (problems) => `تعذّر تطبيق تغيير: ${problems}`,
  dismiss: 'إغلاق',
  peerHere: (name) => `${name} هنا`,
  peerEditing: (name) => `${name} يحرّر`,
  peerStartedEditing: (name, title) => `بدأ ${name} تحرير ${title}`,
  connecting: 'جارٍ الاتصال…',
  live: 'متصل',
  offline: (unsent) => (unsent === 0 ? 'غير متصل' : f.plural(unsent, { zero: () => 'غير متصل', one: () => 'غير متصل، تغيير واحد لم يُرسل بعد', two: () => 'غير متصل، تغييران لم يُرسلا بعد', few: (c) => `غير متصل، ${c} تغييرات لم تُرسل بعد`, many: (c) => `غير متصل، ${c} تغييرًا لم يُرسل بعد`, other: (c) => `غير متصل، ${c} تغيير لم يُرسل بعد` })),
  refusedByServer: (reason) => `رفضه الخادم: ${reason}`,
});

/**
 * Share, follow, subscribe, newsletter, comment, cookie and advertisement labels: short
 * blocks made (almost) only of such words, in several languages, and social network names.
 */
import { hasSentenceEnd, wordsOf, type Block, type CleanRule } from './clean-block.ts';

const CHROME_WORDS = new Set(
  [
    // English
    'share', 'shares', 'shared', 'sharing', 'this', 'article', 'story', 'page', 'on', 'via', 'by', 'email', 'e-mail', 'mail',
    'print', 'copy', 'link', 'copied', 'tweet', 'follow', 'us', 'subscribe', 'subscribed', 'to', 'our', 'newsletter',
    'newsletters', 'sign', 'up', 'signup', 'now', 'free', 'get', 'the', 'latest', 'news', 'updates', 'in', 'your', 'inbox',
    'comment', 'comments', 'comment', 'leave', 'a', 'reply', 'advertisement', 'advertising', 'sponsored', 'ad', 'ads',
    'cookie', 'cookies', 'accept', 'all', 'reject', 'settings', 'manage', 'preferences', 'privacy', 'policy', 'and', 'or',
    'we', 'use', 'save', 'bookmark', 'like', 'join', 'download', 'app', 'listen', 'watch', 'more', 'close', 'menu',
    'skip', 'content', 'to', 'main', 'log', 'login', 'register', 'account', 'support', 'donate', 'whatsapp', 'facebook',
    'twitter', 'x', 'telegram', 'linkedin', 'pinterest', 'reddit', 'instagram', 'youtube', 'tiktok', 'vk', 'vkontakte',
    'ok', 'odnoklassniki', 'threads', 'bluesky', 'mastodon', 'flipboard', 'pocket', 'messenger', 'viber', 'line', 'weibo',
    'wechat', 'qq', 'rss', 'feed', 'channel', 'google', 'news', 'apple',
    // German
    'teilen', 'artikel', 'diesen', 'den', 'auf', 'per', 'drucken', 'kopieren', 'folgen', 'sie', 'uns', 'abonnieren',
    'jetzt', 'kostenlos', 'anmelden', 'kommentare', 'kommentar', 'kommentieren', 'werbung', 'anzeige', 'alle',
    'akzeptieren', 'ablehnen', 'einstellungen', 'datenschutz', 'und', 'oder', 'mehr', 'merken', 'speichern', 'link',
    // French
    'partager', 'partagez', 'cet', 'article', 'sur', 'imprimer', 'copier', 'le', 'lien', 'suivez', 'nous', 'suivre',
    "s'abonner", 'abonnez', 'vous', 'à', 'notre', 'lettre', "d'information", 'inscrivez', 'commentaires', 'commenter',
    'publicité', 'accepter', 'tout', 'refuser', 'paramètres', 'confidentialité', 'et', 'ou', 'plus',
    // Spanish / Italian / Portuguese
    'compartir', 'comparte', 'este', 'artículo', 'en', 'síguenos', 'suscríbete', 'suscribirse', 'comentarios',
    'publicidad', 'condividi', 'articolo', 'seguici', 'iscriviti', 'commenti', 'pubblicità', 'compartilhe',
    'compartilhar', 'siga', 'nos', 'assine', 'comentários', 'publicidade',
    // Russian
    'поделиться', 'поделитесь', 'статьей', 'статьёй', 'в', 'на', 'подписаться', 'подпишитесь', 'наш', 'канал',
    'комментарии', 'комментарий', 'реклама', 'печать', 'распечатать', 'копировать', 'ссылку', 'читайте', 'нас',
    'вконтакте', 'вк', 'одноклассники', 'телеграм', 'телеграмм', 'твиттер', 'фейсбук', 'дзен', 'яндекс', 'почта',
    // Arabic
    'شارك', 'مشاركة', 'المقال', 'هذا', 'على', 'تابعنا', 'تابعونا', 'اشترك', 'اشتراك', 'في', 'النشرة', 'البريدية',
    'تعليقات', 'التعليقات', 'إعلان', 'طباعة', 'نسخ', 'الرابط', 'عبر',
    'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'تلغرام', 'إنستغرام', 'يوتيوب', 'لينكدإن',
    // Chinese / Japanese
    '分享', '分享到', '转发', '收藏', '打印', '订阅', '关注我们', '关注', '评论', '广告', '复制链接', '微信', '微博', 'qq空间', '朋友圈',
    'シェア', '共有', '印刷', 'コメント', '広告',
  ].map((word) => word.toLowerCase()),
);

function isChromeLabel(block: Block): boolean {
  const text = block.text;
  if (text.length > 120 || hasSentenceEnd(text)) return false;
  const words = wordsOf(text).map((word) => word.toLowerCase());
  if (words.length === 0) return false;
  const chrome = words.filter((word) => CHROME_WORDS.has(word)).length;
  // Every word a chrome word; or nearly all in a longer label whose text is mostly links.
  return chrome === words.length || (chrome / words.length >= 0.75 && words.length >= 4);
}

/** Removes share/subscribe/cookie/ad labels. */
export const removeShareLabels: CleanRule = (blocks) => blocks.filter((block) => !isChromeLabel(block));

/** Japanese, registered for `lang="ja"` (and `ja-JP`) when imported. Japanese has one plural form. */
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';
import { labelOf } from '../label-of.js';

export const ja: InputProgressTranslation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',
  status: (status) =>
    labelOf(
      {
        pending: '待機中',
        processing: '処理中',
        completed: '完了',
        failed: '失敗',
      },
      status,
    ),
  itemsOf: (processed, total, f) => `${f.number(total)} 件中 ${f.number(processed)} 件`,
  valueText: (items, percent, f) =>
    items ? `${items}、${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join('、'),
  working: '処理中、進捗不明',
  progressOf: (filename) => `${filename} の進捗`,
  eta: (duration) => `残り約 ${duration}`,
  rank: (step, f) => `${f.number(step)} 番目に完了`,
  failedRank: (step, f) => `${f.number(step)} 番目に失敗`,
  showDetails: (filename) => `${filename} の詳細`,
  created: (time) => `作成: ${time}`,
  finished: (time) => `終了: ${time}`,
  took: (duration) => `所要時間 ${duration}`,
  inputError: (message) => `エラー: ${message}`,
  metadataEntry: (key, value) => `${key}: ${value}`,
  port: (name) => `ポート ${name}`,

  listLabel: (jobId) => `ジョブ ${jobId} の入力`,
  overallProgress: '全体の進捗',
  jobSummary: (completed, failed, total, f) =>
    `${f.number(total)} 件中 完了 ${f.number(completed)} 件 · 失敗 ${f.number(failed)} 件`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `${f.number(total)} 件中 完了 ${f.number(completed)}、失敗 ${f.number(failed)}、処理中 ${f.number(processing)}、待機中 ${f.number(pending)}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: '待機中',
        ADMITTED: '受付済み',
        RUNNING: '実行中',
        COMPLETED: '完了',
        FAILED: '失敗',
        PREEMPTED: '中断',
        CANCELLED: 'キャンセル',
      },
      status,
    ),
  jobLoading: 'ジョブを読み込み中…',
  jobNotFound: 'ジョブが見つかりません',
  jobNoAccess: 'このジョブへのアクセス権がありません',
  jobUnavailable: 'ジョブの詳細を取得できません',
  elapsed: (duration) => `経過 ${duration}`,
  throughput: (perMinute, f) => `毎分 ${f.number(perMinute)} 件`,
  unknown: '不明',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: 'ステータスで絞り込み',
  clearFilters: 'すべて表示',
  orderAsc: '活動の古い順',
  orderDesc: '活動の新しい順',
  orderLabel: '並び順:',
  pagination: 'ページ',
  previous: '前へ',
  next: '次へ',
  first: '最初',
  last: '最後',
  page: 'ページ',
  ofPages: (pageCount, f) => `/ ${f.number(pageCount)}`,
  pageInvalid: (pageCount, f) => `1 から ${f.number(pageCount)} のページを入力してください。`,
  pageSize: '1 ページの件数',
  live: 'ライブ',
  pausedHidden: '非表示の間は一時停止',
  backingOff: (seconds, f) => `${f.number(seconds)} 秒後に再試行`,
  allDone: 'すべて完了',
  stopped: '自動更新なし',
  offline: 'オフライン',
  refresh: '更新',
  loading: '入力を読み込み中…',
  empty: 'このジョブには入力がありません。',
  emptyYet: 'このジョブにはまだ入力がありません。',
  emptyEnded: 'このジョブは入力なしで終了しました。',
  emptyFiltered: 'この条件に一致する入力はありません。',
  noValue: '–',
  errorState: (reason) => `入力を読み込めませんでした。${reason}`,
  errorUnauthorized: 'API キーが拒否されました。',
  errorForbidden: 'このキーではこのジョブを表示できません。',
  errorNotFound: (jobId) => `ジョブ「${jobId}」は存在しません。`,
  errorNoApi: (baseUrl, status) =>
    `「${baseUrl}」で API が応答しませんでした (HTTP ${status})。base-url を確認してください。`,
  errorRateLimited: 'リクエストが多すぎます。サーバーから待機を求められました。',
  errorBadRequest: (detail) => `サーバーがリクエストを拒否しました: ${detail}`,
  errorServer: (status) => `サーバーで問題が発生しています (HTTP ${status})。`,
  errorNetwork: 'サーバーに接続できません。',
  errorTimeout: 'サーバーの応答に時間がかかりすぎました。',
  errorShape: 'サーバーからこのページで読めない応答が届きました。',
  errorUnknown: '問題が発生しました。',
  errorMissingJob: 'job-id が指定されていません。',
  retry: '再試行',
  stale: (reason, updated) =>
    `更新できませんでした: ${reason} ${updated}のデータを表示しています。`,
  settledOne: (filename, status) => `${filename}: ${status}。`,
  settledMany: (count, completed, failed, f) =>
    `${f.number(count)} 件の入力が終了しました: 完了 ${f.number(completed)} 件、失敗 ${f.number(failed)} 件。`,
  settledSoFar: (finished, total, f) =>
    `これまでに ${f.number(total)} 件中 ${f.number(finished)} 件が終了。`,
  announceDone: (completed, failed, f) =>
    `すべて完了: 完了 ${f.number(completed)} 件、失敗 ${f.number(failed)} 件。`,
  announceRetrying: (reason) => `入力を読み込めませんでした。${reason} 再試行します。`,
  announceStopped: (reason) => `入力を読み込めませんでした。${reason} 更新を停止しました。`,
  announceRecovered: '入力は再び最新の状態です。',
  announcePage: (page, pageCount, f) =>
    `${f.number(pageCount)} ページ中 ${f.number(page)} ページ目`,
};

registerTranslation(ja);
export default ja;

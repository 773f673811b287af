/**
 * Simplified Chinese, registered for `lang="zh-Hans"`, `zh-Hans-CN`, and the tags whose likely
 * script is Simplified (`zh-CN`, `zh-SG`, plain `zh`) when imported. One plural form.
 */
import { registerTranslation } from '../locale-registry.js';
import type { InputProgressTranslation } from '../strings.js';
import { labelOf } from '../label-of.js';

export const zhHans: InputProgressTranslation = {
  $code: 'zh-Hans',
  $name: '简体中文',
  $dir: 'ltr',
  status: (status) =>
    labelOf(
      {
        pending: '等待中',
        processing: '处理中',
        completed: '已完成',
        failed: '失败',
      },
      status,
    ),
  itemsOf: (processed, total, f) => `${f.number(processed)}/${f.number(total)} 项`,
  valueText: (items, percent, f) =>
    items ? `${items}，${f.percent(percent)}` : f.percent(percent),
  barValue: (status, value) => [status, value].filter(Boolean).join('，'),
  working: '处理中，进度未知',
  progressOf: (filename) => `${filename} 的进度`,
  eta: (duration) => `约剩 ${duration}`,
  rank: (step, f) => `第 ${f.number(step)} 个完成`,
  failedRank: (step, f) => `第 ${f.number(step)} 个失败`,
  showDetails: (filename) => `${filename} 的详情`,
  created: (time) => `创建于${time}`,
  finished: (time) => `结束于${time}`,
  took: (duration) => `用时 ${duration}`,
  inputError: (message) => `错误：${message}`,
  metadataEntry: (key, value) => `${key}：${value}`,
  port: (name) => `端口 ${name}`,

  listLabel: (jobId) => `作业 ${jobId} 的输入`,
  overallProgress: '总体进度',
  jobSummary: (completed, failed, total, f) =>
    `共 ${f.number(total)} 个 · 已完成 ${f.number(completed)} 个 · 失败 ${f.number(failed)} 个`,
  jobBarValue: (completed, failed, processing, pending, total, f) =>
    `共 ${f.number(total)} 个：已完成 ${f.number(completed)}，失败 ${f.number(failed)}，处理中 ${f.number(processing)}，等待中 ${f.number(pending)}`,
  jobStatus: (status) =>
    labelOf(
      {
        PENDING: '等待中',
        ADMITTED: '已受理',
        RUNNING: '运行中',
        COMPLETED: '已完成',
        FAILED: '失败',
        PREEMPTED: '被抢占',
        CANCELLED: '已取消',
      },
      status,
    ),
  jobLoading: '正在加载作业…',
  jobNotFound: '找不到作业',
  jobNoAccess: '无权访问此作业',
  jobUnavailable: '无法获取作业详情',
  elapsed: (duration) => `已用 ${duration}`,
  throughput: (perMinute, f) => `每分钟 ${f.number(perMinute)} 个`,
  unknown: '未知',
  count: (label, count, f) => `${label} ${f.number(count)}`,
  filters: '按状态筛选',
  clearFilters: '全部显示',
  orderAsc: '最早活动在前',
  orderDesc: '最近活动在前',
  orderLabel: '顺序：',
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  first: '首页',
  last: '末页',
  page: '第',
  ofPages: (pageCount, f) => `页，共 ${f.number(pageCount)} 页`,
  pageInvalid: (pageCount, f) => `请输入 1 到 ${f.number(pageCount)} 之间的页码。`,
  pageSize: '每页',
  live: '实时',
  pausedHidden: '隐藏时暂停',
  backingOff: (seconds, f) => `${f.number(seconds)} 秒后重试`,
  allDone: '全部完成',
  stopped: '不再自动更新',
  offline: '离线',
  refresh: '刷新',
  loading: '正在加载输入…',
  empty: '此作业没有输入。',
  emptyYet: '此作业还没有输入。',
  emptyEnded: '此作业已结束，没有输入。',
  emptyFiltered: '没有符合这些筛选条件的输入。',
  noValue: '–',
  errorState: (reason) => `无法加载输入。${reason}`,
  errorUnauthorized: 'API 密钥被拒绝。',
  errorForbidden: '此密钥无权查看此作业。',
  errorNotFound: (jobId) => `不存在作业“${jobId}”。`,
  errorNoApi: (baseUrl, status) =>
    `“${baseUrl}”处没有 API 响应（HTTP ${status}）：请检查 base-url。`,
  errorRateLimited: '请求过多，服务器要求稍候。',
  errorBadRequest: (detail) => `服务器拒绝了请求：${detail}`,
  errorServer: (status) => `服务器出现问题（HTTP ${status}）。`,
  errorNetwork: '无法连接服务器。',
  errorTimeout: '服务器响应超时。',
  errorShape: '服务器返回了此页面无法读取的内容。',
  errorUnknown: '出了点问题。',
  errorMissingJob: '未提供 job-id。',
  retry: '重试',
  stale: (reason, updated) => `无法刷新：${reason} 显示的是${updated}的数据。`,
  settledOne: (filename, status) => `${filename}：${status}。`,
  settledMany: (count, completed, failed, f) =>
    `${f.number(count)} 个输入已结束：完成 ${f.number(completed)} 个，失败 ${f.number(failed)} 个。`,
  settledSoFar: (finished, total, f) =>
    `目前已结束 ${f.number(finished)} 个，共 ${f.number(total)} 个。`,
  announceDone: (completed, failed, f) =>
    `全部完成：完成 ${f.number(completed)} 个，失败 ${f.number(failed)} 个。`,
  announceRetrying: (reason) => `无法加载输入。${reason} 将自动重试。`,
  announceStopped: (reason) => `无法加载输入。${reason} 已停止更新。`,
  announceRecovered: '输入已重新更新到最新。',
  announcePage: (page, pageCount, f) => `第 ${f.number(page)} 页，共 ${f.number(pageCount)} 页`,
};

registerTranslation(zhHans);
export default zhHans;

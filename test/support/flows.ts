/** For the tests of the pane's flows: a run's options after 停止 was pressed, its signal already aborted. */
export const stopped = () => {
  const controller = new AbortController();
  controller.abort();
  return { signal: controller.signal };
};

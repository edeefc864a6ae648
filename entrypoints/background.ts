export default defineBackground(() => {
  // Wired in the content-script issue: message handlers, alarms and the badge.
});

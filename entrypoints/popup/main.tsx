import { render } from 'preact';
import { messenger } from '@/src/messaging/protocol';
import { profileHasDisclaimer } from '@/src/storage/items';
import { messagesFor } from '@/src/ui/messages';
import { Popup } from '@/src/ui/Popup';
import { createStatusSource } from '@/src/ui/status-source';
import '@/src/ui/popup.css';

// The toolbar popup: wiring only (the UI is src/ui/Popup.tsx; the status comes over the one protocol).
const messages = messagesFor(navigator.language);
document.documentElement.lang = messages.lang;
const loadStatus = createStatusSource(() => messenger.sendMessage('status'), window);
render(<Popup messages={messages} loadStatus={loadStatus} disclaimerSetting={profileHasDisclaimer} />, document.getElementById('app')!);

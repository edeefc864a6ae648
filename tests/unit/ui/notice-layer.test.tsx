// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NoticeLayer } from '../../../src/ui/NoticeLayer';

describe('NoticeLayer', () => {
  it('renders each notice as a role=status line with nothing focusable', () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(
      <NoticeLayer
        notices={[
          { id: 1, text: 'Post Guard: 2 issues · Not allowed', tone: 'block', right: 10, bottom: 20 },
          { id: 2, text: '', tone: 'none', right: 0, bottom: 0 },
        ]}
      />,
      container,
    );
    const statuses = container.querySelectorAll('[role="status"]');
    expect(statuses).toHaveLength(2);
    expect(statuses[0]!.textContent).toBe('Post Guard: 2 issues · Not allowed');
    expect((statuses[0] as HTMLElement).style.right).toBe('10px');
    expect(container.querySelector('button, a, [tabindex]')).toBeNull();
  });

  it('shows text, never HTML', () => {
    const container = document.createElement('div');
    render(<NoticeLayer notices={[{ id: 1, text: '<b>x</b>', tone: 'info', right: 0, bottom: 0 }]} />, container);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>x</b>');
  });
});

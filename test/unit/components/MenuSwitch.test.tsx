// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { es, renderIn } from '../../helpers/i18n';
import { MenuSwitch } from '@/components/MenuSwitch';

afterEach(cleanup);

describe('MenuSwitch', () => {
  it('is a labelled checkbox, explained, that reports the choice', () => {
    const onChange = vi.fn();
    renderIn(<MenuSwitch on={false} note={null} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Add Tieline to the right-click menu (look up selected text)' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toMatch(/starts a little faster/);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
    expect(screen.getByTestId('menu-note').textContent).toBe('');
  });

  it('says why it stayed off, in the page’s language', () => {
    renderIn(<MenuSwitch on={false} note={{ kind: 'denied' }} onChange={() => undefined} />, es);
    expect(screen.getByTestId('menu-note').textContent).toBe('El navegador no concedió el permiso, así que el menú sigue desactivado.');
  });
});

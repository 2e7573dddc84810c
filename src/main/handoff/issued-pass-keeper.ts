import { failure } from '../app-failure';

interface Held {
  userId: string;
  passId: string;
  code: string;
  timer: NodeJS.Timeout;
}

/**
 * The code of the pass this desk issued last, in main's memory only, for as long as the handoff screen may show
 * it. Copy, slip and mail name the pass by id and take the code from here: a code sent by the renderer is never
 * trusted, so a compromised page cannot make main print, mail or copy text of its choosing as "the pass".
 */
export class IssuedPassKeeper {
  private held: Held | null = null;

  /** Keeps the code until `forget`, or until `forgetAfterSeconds` pass whatever the screen does. */
  keep(userId: string, passId: string, code: string, forgetAfterSeconds: number): void {
    this.forget();
    const id = passId.toLowerCase();
    const timer = setTimeout(() => this.forget(id), forgetAfterSeconds * 1000);
    timer.unref();
    this.held = { userId: userId.toLowerCase(), passId: id, code, timer };
  }

  /** The code of this pass, issued to this person; refused once forgotten. */
  code(passId: string, userId?: string): string {
    const held = this.held;
    if (!held || held.passId !== passId.toLowerCase() || (userId !== undefined && held.userId !== userId.toLowerCase())) {
      throw failure('validation', 'That pass is no longer held by TAP Desk: it was cleared from the screen. Issue a new pass if the person still needs one.', {
        reason: 'pass_cleared',
      });
    }
    return held.code;
  }

  /** The code held for this person, if any. */
  codeFor(userId: string): string | null {
    return this.held?.userId === userId.toLowerCase() ? this.held.code : null;
  }

  /** The code held now, if any: the log and the diagnostics refuse to quote it. */
  heldCode(): string | null {
    return this.held?.code ?? null;
  }

  /** Forgets the held code: this pass only when `passId` is given, otherwise whatever is held. */
  forget(passId?: string): boolean {
    const held = this.held;
    if (!held || (passId !== undefined && held.passId !== passId.toLowerCase())) return false;
    clearTimeout(held.timer);
    this.held = null;
    return true;
  }
}

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { ElectronicSignature } from '../../../shared/auth/signature';
import { SigningDialog } from './SigningDialog';
import type { SigningRequest } from './signingRequest';

type RequestSignature = (request: SigningRequest) => Promise<ElectronicSignature | null>;

const SigningContext = createContext<RequestSignature | null>(null);

/** One signing dialog for the whole app; features ask for signatures through `useSigner`. */
export function SigningProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<SigningRequest | null>(null);
  const resolver = useRef<((signature: ElectronicSignature | null) => void) | null>(null);

  const requestSignature = useCallback<RequestSignature>((next) => {
    resolver.current?.(null);
    setRequest(next);
    return new Promise((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const finish = (signature: ElectronicSignature | null) => {
    resolver.current?.(signature);
    resolver.current = null;
    setRequest(null);
  };

  return (
    <SigningContext.Provider value={requestSignature}>
      {children}
      <SigningDialog request={request} onSigned={finish} onCancel={() => finish(null)} />
    </SigningContext.Provider>
  );
}

/** Resolves with the signature, or null when the person cancels. */
export function useSigner(): RequestSignature {
  const value = useContext(SigningContext);
  if (!value) throw new Error('useSigner must be used inside <SigningProvider>');
  return value;
}

import { createContext, useContext } from "react";

/** The per-request Content-Security-Policy nonce, for the few inline scripts Remix writes. */
const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);

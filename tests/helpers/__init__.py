"""What the tests share: fixtures loaded as plugins, typing and dialog helpers, throwaway registers."""

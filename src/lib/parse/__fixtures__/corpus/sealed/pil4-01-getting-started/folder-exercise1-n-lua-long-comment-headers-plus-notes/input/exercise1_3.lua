--[[

  Exercise 1.3: What other languages also write comments with "--"?

  - Euphoria, Haskell, SQL, Ada, AppleScript, Eiffel, VHDL, SGML, PureScript

    list taken from:
    https://en.wikipedia.org/wiki/Comparison_of_programming_languages_(syntax)

--]]

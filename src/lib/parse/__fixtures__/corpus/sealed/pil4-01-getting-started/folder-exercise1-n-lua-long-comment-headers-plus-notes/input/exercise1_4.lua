--[[

  Exercise 1.4: Which of these strings can be used as identifiers?

    ___ _end End end until? nil NULL one-step

  - Fine: ___ _end End NULL

  - Not allowed: end until? nil one-step

--]]

___ = true
assert(___)

_end = true
assert(_end)

End = true
assert(End)

-- end is a keyword of the language

-- until? has a "?" in it, and that character may not appear in a name

-- nil is a type of its own, so it cannot be a name

NULL = true
assert(NULL)

-- one-step has a "-" in it, and that character may not appear in a name

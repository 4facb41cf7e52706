--[[Which of these strings are allowed as identifiers?

___
_end
End
end
until?
nil
NULL
one-step
]]

--[[Out of that list, these ones are valid identifiers:
___
_end
End
NULL

end, until, and nill are all reserved words. Symbols such as ? and - are not allowed
inside a name
]]


# Numbers are immutable and data[j] *= factor builds a new object, so how
#  does scale still change the caller's list?

Numbers cannot be changed in place, yet the caller's argument still changes, since the list is mutable and
each slot simply gets pointed at the new number object, so the caller sees it.

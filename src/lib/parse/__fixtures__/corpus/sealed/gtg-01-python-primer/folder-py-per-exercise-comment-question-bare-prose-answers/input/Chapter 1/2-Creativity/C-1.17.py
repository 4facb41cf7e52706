# Suppose scale (page 25) had been written like this; would it behave
#  correctly?
#  def scale(data, factor):
#    for val in data:
#       val *= factor
#  Give the reason either way.

No: 'val' is only a local name for each item, so rebinding it never touches the list passed in

# It fails since only the local name val gets a new value; the slots of data are never written.

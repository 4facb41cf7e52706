import Item

main = do
  -- 59439
  print $ sCount 3
  print $ length $ s 3


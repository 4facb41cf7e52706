;; The procedure may crash because we are trying to apply car to '().

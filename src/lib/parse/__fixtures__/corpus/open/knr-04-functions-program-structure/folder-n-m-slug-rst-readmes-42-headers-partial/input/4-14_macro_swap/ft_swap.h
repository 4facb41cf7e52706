#define ft_swap_m(t, x, y) { \
	t temp = x; \
	x = y; \
	y = temp; \
}

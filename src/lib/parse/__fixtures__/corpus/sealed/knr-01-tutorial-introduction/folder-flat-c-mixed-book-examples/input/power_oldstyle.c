/* power: raise base to n-th power; n >= 0 */
/*		  (old-style version) */
power(base, n)
int base, n;
{
	int i, p;

	p = 1;
	for (i = 1; i <= n; ++i)
		p = p * base;
	return p;
}


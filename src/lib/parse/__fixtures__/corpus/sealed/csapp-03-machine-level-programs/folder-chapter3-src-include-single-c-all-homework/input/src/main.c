#include "test.h"

int main(int argc, const char * argv[]) {
	run_tests();

	return 0;
}

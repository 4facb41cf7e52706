#include <sys/types.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main()
{
	pid_t pid;
	pid = fork();
	
	if (pid == 0 ) { /*the child*/
		fprintf("zombie child left behind: %u", pid);
		return 0;
	} else if(pid > 0){ /* the parent */
		sleep(10);
		fprintf("parent wakes up and ends: %u", pid); /* parent exits last */
		return 0;
	}
}

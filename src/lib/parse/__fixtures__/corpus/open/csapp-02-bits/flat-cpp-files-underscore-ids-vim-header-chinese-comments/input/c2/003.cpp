/*************************************************************************
    > File Name: 003.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年07月22日 星期一 12时23分03秒
 ************************************************************************/

#include <iostream>
using namespace std;

int sum(int x, int y){
    return x+y;
}
int main(){
    return 0;
}

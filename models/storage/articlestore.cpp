#include "articlestore.h"

namespace Copydesk {

ArticleStore::~ArticleStore() = default;

} // namespace Copydesk

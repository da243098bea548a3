// @generated from openapi.yaml by codegen/ (build.rs). Do not edit.

impl crate::resources::orders::Orders<'_> {
    /// Every item `orders_list` lists for `params`, as a lazy stream fetched page by page from `params.page` (default 1), until the API says there is no more. See [`ListAll`](crate::paginate::ListAll) for prefetching and de-duplication. (`x-sdk-paging` of openapi.yaml.)
    pub fn list_all(
        self,
        params: crate::types::ListOrdersParams,
    ) -> crate::paginate::ListAll<crate::types::Order> {
        let pf = self.pf.clone();
        let first = params.page.unwrap_or(1);
        crate::paginate::ListAll::new(move |index| {
            let pf = pf.clone();
            let params = crate::paginate::nth_page(first, index, 1)
                .map(|start| params.clone().page(start));
            async move {
                let answer = pf.orders().list(params?).await?;
                let items = answer.orders;
                let has_more = answer.pagination.has_more;
                Ok(crate::paginate::Page {
                    index,
                    items,
                    pagination: Some(answer.pagination),
                    has_more,
                })
            }
        })
    }
}
impl crate::resources::customers::Customers<'_> {
    /// Every item `customers_list` lists for `params`, as a lazy stream fetched `limit` at a time (default 100) from `params.offset` (default 0), until a page comes back short. See [`ListAll`](crate::paginate::ListAll) for prefetching and de-duplication. (`x-sdk-paging` of openapi.yaml.)
    pub fn list_all(
        self,
        params: crate::types::ListCustomersParams,
    ) -> crate::paginate::ListAll<crate::types::Customer> {
        let pf = self.pf.clone();
        let size = params.limit.filter(|size| *size > 0).unwrap_or(100u32);
        let first = params.offset.unwrap_or(0);
        crate::paginate::ListAll::new(move |index| {
            let pf = pf.clone();
            let params = crate::paginate::nth_page(first, index, size)
                .map(|start| params.clone().limit(size).offset(start));
            async move {
                let answer = pf.customers().list(params?).await?;
                let items = answer;
                let has_more = items.len() >= size as usize;
                Ok(crate::paginate::Page {
                    index,
                    items,
                    pagination: None,
                    has_more,
                })
            }
        })
    }
}
impl crate::types::SubscriptionsResponse {
    /// The items of this page, whichever field (`subscriptions` or `data`) the API filled.
    pub fn items(&self) -> &[crate::types::Subscription] {
        [&self.subscriptions, &self.data]
            .into_iter()
            .find(|items| !items.is_empty())
            .map_or(&[], Vec::as_slice)
    }
}
impl crate::resources::subscriptions::Subscriptions<'_> {
    /// Every item `subscriptions_list` lists for `params`, as a lazy stream fetched page by page from `params.page` (default 1), until the API says there is no more (or, without its pagination, a page comes back short). See [`ListAll`](crate::paginate::ListAll) for prefetching and de-duplication. (`x-sdk-paging` of openapi.yaml.)
    pub fn list_all(
        self,
        params: crate::types::ListSubscriptionsParams,
    ) -> crate::paginate::ListAll<crate::types::Subscription> {
        let pf = self.pf.clone();
        let size = params.page_size.filter(|size| *size > 0).unwrap_or(20u32);
        let first = params.page.unwrap_or(1);
        crate::paginate::ListAll::new(move |index| {
            let pf = pf.clone();
            let params = crate::paginate::nth_page(first, index, 1)
                .map(|start| params.clone().page(start));
            async move {
                let mut answer = pf.subscriptions().list(params?).await?;
                let items = [
                    std::mem::take(&mut answer.subscriptions),
                    std::mem::take(&mut answer.data),
                ]
                    .into_iter()
                    .find(|items| !items.is_empty())
                    .unwrap_or_default();
                let has_more = answer
                    .pagination
                    .as_ref()
                    .map_or(items.len() >= size as usize, |p| p.has_more);
                Ok(crate::paginate::Page {
                    index,
                    items,
                    pagination: answer.pagination,
                    has_more,
                })
            }
        })
    }
}
